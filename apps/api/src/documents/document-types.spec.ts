import { type GreenchainConfig } from '@greenchain/platform';
import { jpegWithLocation } from '@greenchain/testing';
import { DocumentTypes } from './document-types';

const config = {
  documents: { maxBytes: 1000, allowedTypes: ['image/jpeg', 'application/pdf'] },
} as unknown as GreenchainConfig;

describe('the type of an attached file', () => {
  const types = new DocumentTypes(config);

  it('is read from its bytes', async () => {
    await expect(types.detect(jpegWithLocation(Buffer.alloc(10)))).resolves.toBe('image/jpeg');
    await expect(types.detect(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1'))).resolves.toBe(
      'application/pdf',
    );
  });

  it('is refused, naming the file, when the bytes are of a type not allowed', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      Buffer.from('IHDR', 'latin1'),
      Buffer.alloc(17),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from('IEND', 'latin1'),
      Buffer.alloc(4),
    ]);
    await expect(types.detect(png)).rejects.toMatchObject({
      code: 'document/type-not-allowed',
      field: 'file',
      extensions: { detectedType: 'image/png' },
    });
  });

  it('is refused when the bytes are of no known type, whatever the name says', async () => {
    await expect(
      types.detect(Buffer.from('just some text, named photo.jpg')),
    ).rejects.toMatchObject({
      code: 'document/type-not-allowed',
      extensions: { detectedType: null },
    });
  });
});
