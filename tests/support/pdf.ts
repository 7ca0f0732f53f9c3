/** The number of pages in a PDF Chromium printed (each page object is "/Type /Page"). */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
