"""One home for the Vietnamese vocabulary of plans: named, compiled patterns.

Every rule that recognises a piece of administrative Vietnamese (a heading
marker, a bullet, a date, a year, a document number, a preamble or signature
phrase) is written here once, with an example beside it, and imported by the
parsers (`structure`, `metadata`, `register`, `chunking`, `normalize`) and the
answerer (`extractive`, `questions`, `scope`, `followup`). Agency names and
their head words live in `index.agencies`.

- `markers`: heading markers of every numbering system, bullets.
- `phrases`: preamble, closing and signature formulas.
- `dates`: dates, years, periods, months, quarters, recurring times.
- `documents`: document types and document numbers.
- `qualifiers`: groups and places a question singles out ("người khuyết tật", "huyện Cẩm Đường").
- `wording`: everyday words users type for what plans name otherwise ("học nghề", "tiền").
- `abbreviations`: the field's abbreviations read in full for matching ("GDNN", "THCS").
"""
