/**
 * A fiscal year written as in tables, without 年度: R4, Ｒ４, H30, FY2022 (R4年度 and 令和4年度 are dates of their own).
 * Not inside a longer word or number (RPA, R4A, R456), and not a calendar year (R4年). Search reads it as the year
 * filter and answers as the year asked, so both stages take the one pattern from here.
 * Groups: 1 the era letter, 2 its year (元 or digits), 3 a western year after FY.
 */
export const SHORT_FISCAL_YEAR =
  /(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])(?:([RHＲＨ])\s?(元|[0-9０-９]{1,2})|(?:FY|ＦＹ)\s?([0-9０-９]{4}))(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９年.．])/g;
