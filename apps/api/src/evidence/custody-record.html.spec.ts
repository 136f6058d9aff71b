import { escapeHtml } from './custody-record.html';

describe('escapeHtml', () => {
  it('turns markup and quotes into text', () => {
    expect(escapeHtml('<script>alert("x")</script> & \'y\'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('prints non-text values as escaped JSON', () => {
    expect(escapeHtml({ note: '<b>' })).toBe('{&quot;note&quot;:&quot;&lt;b&gt;&quot;}');
  });
});
