// STUB (issue 3 fills it in): gold-format export and scoring.
import NewsText
import Extraction
