/**
 * A per-row mail-merge script, the way many are written: one getValue per cell, one sendEmail and
 * one setValue per overdue row. Written for the benchmark and loaded alone into the offline
 * runtime, so Relance's costs can be compared with it on the same books.
 */
export const NAIVE_MAIL_MERGE = `
function naiveMailMerge() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Factures');
  var last = sheet.getLastRow();
  var today = new Date();
  for (var row = 2; row <= last; row++) {
    var number = sheet.getRange(row, 1).getValue();
    var client = sheet.getRange(row, 2).getValue();
    var email = sheet.getRange(row, 3).getValue();
    var amount = sheet.getRange(row, 4).getValue();
    var due = sheet.getRange(row, 5).getValue();
    var paid = sheet.getRange(row, 6).getValue();
    var reminded = sheet.getRange(row, 7).getValue();
    if (paid !== '' || reminded !== '' || !(due instanceof Date) || due >= today) continue;
    GmailApp.sendEmail(email, 'Facture ' + number,
      'Bonjour ' + client + ',\\nla facture ' + number + ' de ' + amount + ' € est échue.');
    sheet.getRange(row, 7).setValue(today);
  }
}
`;
