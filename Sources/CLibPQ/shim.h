#ifndef LABOR_ETL_CLIBPQ_SHIM_H
#define LABOR_ETL_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
