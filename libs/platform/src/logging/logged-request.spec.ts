import { loggedRequest, loggedUrl } from './logged-request';

describe('request URLs in the log', () => {
  it('keeps the path, paging and sorting, and redacts what was searched', () => {
    const url = `/api/cases?filter=${encodeURIComponent('{"q":"Kamau"}')}&range=%5B0%2C24%5D&sort=%5B%22seizedOn%22%2C%22DESC%22%5D`;
    const logged = loggedUrl(url);
    expect(logged).not.toContain('Kamau');
    expect(logged).toBe(
      '/api/cases?filter=[redacted]&range=%5B0%2C24%5D&sort=%5B%22seizedOn%22%2C%22DESC%22%5D',
    );
    expect(loggedUrl('/api/reference/cites-species?q=Manis')).toBe(
      '/api/reference/cites-species?q=[redacted]',
    );
    expect(loggedUrl('/api/cases/1')).toBe('/api/cases/1');
  });

  it('drops the parsed query from the request record', () => {
    const record = loggedRequest({ method: 'GET', url: '/x?q=Kamau', query: { q: 'Kamau' } });
    expect(JSON.stringify(record)).not.toContain('Kamau');
    expect(record).toMatchObject({ method: 'GET', url: '/x?q=[redacted]' });
  });
});
