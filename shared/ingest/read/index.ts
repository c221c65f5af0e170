// Reading bytes into a workbook: size and format checks, decryption, GBK text, our .xlsx reader or SheetJS.
export { readWorkbook } from './workbook';
export { DEFAULT_LIMITS } from './limits';
export { EXCEL_DEFAULT_PASSWORD } from './decrypt';
export { webDecryptor } from './decryptors';
export { releaseBytes } from './release-bytes';
