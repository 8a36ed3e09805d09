#include "base/datecalc.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* Howard Hinnant's days_from_civil. */
int days_from_civil(int y, unsigned m, unsigned d)
{
	y -= m <= 2;
	const int era = (y >= 0 ? y : y - 399) / 400;
	const unsigned yoe = (unsigned)(y - era * 400);
	const unsigned doy = (153 * (m + (m > 2 ? (unsigned)-3 : 9)) + 2) / 5 + d - 1;
	const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int)doe - 719468;
}

void civil_from_days(int z, int *y, unsigned *m, unsigned *d)
{
	z += 719468;
	const int era = (z >= 0 ? z : z - 146096) / 146097;
	const unsigned doe = (unsigned)(z - era * 146097);
	const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const int yy = (int)yoe + era * 400;
	const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const unsigned mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yy + (*m <= 2);
}

int date_parse(const char *s, int *days)
{
	int y;
	unsigned m, d, yy;
	unsigned mm, dd;
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	if (sscanf(s, "%4d-%2u-%2u", &y, &m, &d) != 3)
		return -1;
	if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900)
		return -1;
	*days = days_from_civil(y, m, d);
	civil_from_days(*days, (int *)&yy, &mm, &dd);
	if (mm != m || dd != d)
		return -1;
	return 0;
}

void date_format(int days, char out[11])
{
	int y;
	unsigned m, d;
	civil_from_days(days, &y, &m, &d);
	unsigned uy = (unsigned)y % 10000;
	out[0] = (char)('0' + uy / 1000);
	out[1] = (char)('0' + uy / 100 % 10);
	out[2] = (char)('0' + uy / 10 % 10);
	out[3] = (char)('0' + uy % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

void date_format_suffix(int days, char out[11])
{
	date_format(days, out);
	out[4] = out[7] = '_';
}

int date_year(int days)
{
	int y;
	unsigned m, d;
	civil_from_days(days, &y, &m, &d);
	return y;
}

int date_today_utc(void)
{
	return (int)(time(NULL) / 86400);
}
