import { allowedDestination, assertDestination, type ObjectStoreConfig } from './document-objects';

const config: ObjectStoreConfig = {
  kind: 's3',
  endpoint: 'https://objects.example.org:9000',
  region: 'us-east-1',
  bucket: 'files',
  accessKeyId: 'id',
  secretAccessKey: 'secret',
  forcePathStyle: true,
};
const request = (protocol: string, hostname: string, port?: number) => ({
  protocol,
  hostname,
  port,
});

describe('where requests to the object store may go', () => {
  it('lets a request to the configured origin through, the bucket in the path or in the host', () => {
    const pathStyle = allowedDestination(config);
    expect(() =>
      assertDestination(request('https:', 'objects.example.org', 9000), pathStyle),
    ).not.toThrow();
    const hostStyle = allowedDestination({ ...config, forcePathStyle: false });
    expect(() =>
      assertDestination(request('https:', 'files.objects.example.org', 9000), hostStyle),
    ).not.toThrow();
  });

  it('takes a default port written or left out alike', () => {
    const allowed = allowedDestination({ ...config, endpoint: 'https://objects.example.org' });
    expect(() =>
      assertDestination(request('https:', 'objects.example.org'), allowed),
    ).not.toThrow();
    expect(() =>
      assertDestination(request('https:', 'objects.example.org', 443), allowed),
    ).not.toThrow();
  });

  it.each([
    ['another host', request('https:', 'metadata.internal', 9000)],
    ['another bucket as a host', request('https:', 'other.objects.example.org', 9000)],
    ['another port', request('https:', 'objects.example.org', 9001)],
    ['plain http', request('http:', 'objects.example.org', 9000)],
    ['no request at all', undefined],
  ])('refuses %s', (_what, sent) => {
    expect(() => assertDestination(sent, allowedDestination(config))).toThrow(
      /only https:\/\/objects\.example\.org:9000 is configured/,
    );
  });
});
