// STUB (issue 8): deterministic generated pages for benchmarks.
import NewsText
import Entities
