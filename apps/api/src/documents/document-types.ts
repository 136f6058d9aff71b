import { Inject, Injectable } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig, ProblemException } from '@greenchain/platform';
import { fileTypeFromBuffer } from 'file-type';

/**
 * The type of a file is read from its bytes (file-type's signatures), never from its name or the
 * Content-Type the client declared, and must be one of DOCUMENT_ALLOWED_TYPES.
 */
@Injectable()
export class DocumentTypes {
  constructor(@Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig) {}

  get maxBytes(): number {
    return this.config.documents.maxBytes;
  }

  /** The detected media type of a file starting with `head`, or a 415 naming the file. */
  readonly detect = async (head: Buffer): Promise<string> => {
    const detected = (await fileTypeFromBuffer(head))?.mime;
    const allowed = this.config.documents.allowedTypes;
    if (detected === undefined || !allowed.includes(detected)) {
      throw new ProblemException(
        415,
        'document/type-not-allowed',
        `The file's bytes are ${detected ?? 'of no recognised type'}; accepted: ${allowed.join(', ')}.`,
        'file',
        undefined,
        { detectedType: detected ?? null, allowedTypes: allowed },
      );
    }
    return detected;
  };
}
