#ifndef PGFORM_VERSION_H
#define PGFORM_VERSION_H
#define PGFORM_VERSION "0.1.0"
#endif
