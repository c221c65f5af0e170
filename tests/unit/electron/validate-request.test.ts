// Main checks every IPC request field before it reaches a dialog or the file system.
import { describe, expect, it } from 'vitest';
import { InvalidRequestError, parseRequest } from '../../../electron/security/validate-request';

describe('parseRequest: dialog:open-files', () => {
  it('accepts an empty request and a full one', () => {
    expect(parseRequest('dialog:open-files', {})).toEqual({ title: undefined, filters: undefined, multiple: undefined });
    const full = { title: '导入统计数据', filters: [{ name: 'Excel 工作簿', extensions: ['xlsx', 'xls', 'csv'] }], multiple: true };
    expect(parseRequest('dialog:open-files', full)).toEqual(full);
  });

  it.each([
    ['not an object', 'x', /must be an object/],
    ['an array', [], /must be an object/],
    ['an unknown field', { defaultPath: '/etc' }, /unexpected field\(s\) defaultPath/],
    ['a non-boolean multiple', { multiple: 'yes' }, /multiple must be true or false/],
    ['a non-string title', { title: 5 }, /title must be a string/],
    ['an endless title', { title: 'x'.repeat(501) }, /title must be a string of at most 500/],
    ['filters that are not an array', { filters: {} }, /filters must be an array/],
    ['a filter without extensions', { filters: [{ name: 'x', extensions: [] }] }, /filters\[0\]\.extensions must be an array of 1 to 20/],
    ['an extension with a dot', { filters: [{ name: 'x', extensions: ['.xlsx'] }] }, /filters\[0\]\.extensions\[0\] must be letters and digits/],
    ['a wildcard hidden in an extension', { filters: [{ name: 'x', extensions: ['xlsx', '*'] }] }, /filters\[0\]\.extensions\[1\]/],
    ['a filter without a name', { filters: [{ extensions: ['xlsx'] }] }, /filters\[0\]\.name is required/],
    ['an unknown filter field', { filters: [{ name: 'x', extensions: ['a'], path: '/' }] }, /unexpected field\(s\) path/],
  ])('refuses %s', (_what, payload, message) => {
    expect(() => parseRequest('dialog:open-files', payload)).toThrow(message);
  });

  it('names the channel in the error', () => {
    expect(() => parseRequest('dialog:open-files', null)).toThrow(InvalidRequestError);
    expect(() => parseRequest('dialog:open-files', null)).toThrow(/Invalid IPC request on dialog:open-files/);
  });
});

describe('parseRequest: dialog:save-file', () => {
  const bytes = new Uint8Array([1, 2, 3]);

  it('accepts a plain file name with bytes', () => {
    const request = { suggestedName: '中期评估报告.docx', bytes, filters: [{ name: 'Word', extensions: ['docx'] }] };
    expect(parseRequest('dialog:save-file', request)).toEqual(request);
  });

  it.each([
    ['a name with a folder', { suggestedName: '../../.bashrc', bytes }, /plain file name/],
    ['a Windows path', { suggestedName: 'C:\\Windows\\x.dll', bytes }, /plain file name/],
    ['a name with a control character', { suggestedName: 'a\nb.docx', bytes }, /plain file name/],
    ['the parent folder itself', { suggestedName: '..', bytes }, /plain file name/],
    ['an empty name', { suggestedName: '  ', bytes }, /suggestedName is required/],
    ['no name', { bytes }, /suggestedName is required/],
    ['bytes as a plain array', { suggestedName: 'a.docx', bytes: [1, 2, 3] }, /bytes must be a Uint8Array/],
    ['bytes as text', { suggestedName: 'a.docx', bytes: 'abc' }, /bytes must be a Uint8Array/],
  ])('refuses %s', (_what, payload, message) => {
    expect(() => parseRequest('dialog:save-file', payload)).toThrow(message);
  });
});

describe('parseRequest: print:to-pdf and app:info', () => {
  it('accepts a PDF name', () => {
    expect(parseRequest('print:to-pdf', { suggestedName: '报告.pdf' })).toEqual({ suggestedName: '报告.pdf' });
  });

  it('refuses a PDF name with a folder and extra fields', () => {
    expect(() => parseRequest('print:to-pdf', { suggestedName: '/tmp/x.pdf' })).toThrow(/plain file name/);
    expect(() => parseRequest('print:to-pdf', { suggestedName: 'x.pdf', pageSize: 'A0' })).toThrow(/unexpected field\(s\) pageSize/);
  });

  it('app:info takes nothing', () => {
    expect(parseRequest('app:info', undefined)).toBeUndefined();
    expect(() => parseRequest('app:info', { version: '9' })).toThrow(/app:info takes no request/);
  });
});
