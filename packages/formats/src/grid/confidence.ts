/**
 * OCR confidence: a cell read with less than this (tesseract's 0–100 word confidence, the least
 * certain word of the cell) is not trusted. It is noted for the person to check, and the values
 * scoring uses from it are listed in evaluation.source.unreadable, which scoring treats as unreadable.
 * Measured on the seed's scans (150/200 dpi, turned 1.5°): at 30 every wrongly read scored value
 * was below it, and 3 of about 90 right ones; at 60 a third of the right ones were.
 */
export const LOW_CONFIDENCE = 30;
