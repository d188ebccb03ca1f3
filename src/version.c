/* version.c: the only file that includes the generated revision.h (see version.h). */
#include "version.h"
#include "revision.h"

#include <stdio.h>

static const char *reported;
static char shown[128];

const char *version_release(void)
{
	return REPLYCOV_RELEASE;
}

const char *version_build_revision(void)
{
	return REPLYCOV_REVISION;
}

const char *version_revision(void)
{
	return reported ? reported : REPLYCOV_REVISION;
}

const char *version_string(void)
{
	snprintf(shown, sizeof(shown), "%s (%s)", REPLYCOV_RELEASE, version_revision());
	return shown;
}

void version_set_reported_revision(const char *rev)
{
	reported = rev;
}
