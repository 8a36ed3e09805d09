/*
 * datecalc: calendar dates as days since 1970-01-01 (proleptic Gregorian).
 */
#ifndef PGFORM_DATECALC_H
#define PGFORM_DATECALC_H

int days_from_civil(int y, unsigned m, unsigned d);
void civil_from_days(int z, int *y, unsigned *m, unsigned *d);
/* Parse exactly YYYY-MM-DD (a real calendar date); 0 or -1. */
int date_parse(const char *s, int *days);
/* Write YYYY-MM-DD (11 bytes with NUL). */
void date_format(int days, char out[11]);
/* Write YYYY_MM_DD, the suffix of daily part names. */
void date_format_suffix(int days, char out[11]);
int date_year(int days);
/* Today in UTC. */
int date_today_utc(void);

#endif
