/* version.h: the release number; the source revision is added by the Makefile. */
#ifndef REPLYCOV_VERSION_H
#define REPLYCOV_VERSION_H
#ifndef REPLYCOV_REVISION
#define REPLYCOV_REVISION "unknown"
#endif
#define REPLYCOV_VERSION "0.1.0 (" REPLYCOV_REVISION ")"
#endif
