// STUB: migrations runner, loader.
import Postgres
