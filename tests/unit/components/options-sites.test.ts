import { describe, expect, it } from 'vitest';
import { originFromInput } from '../../../components/Options';

describe('allowing another site', () => {
  it('turns what people type into the origin to ask the browser for', () => {
    expect(originFromInput('disqus.com')).toBe('https://disqus.com');
    expect(originFromInput('  https://forum.example.org/t/outage/12  ')).toBe('https://forum.example.org');
    expect(originFromInput('http://blog.example.net')).toBe('http://blog.example.net');
  });

  it('refuses what is not a web site', () => {
    for (const value of ['', 'localhost', 'javascript:alert(1)', 'file:///etc/passwd', 'not a site']) {
      expect(originFromInput(value)).toBeNull();
    }
  });
});
