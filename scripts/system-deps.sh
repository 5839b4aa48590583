#!/usr/bin/env bash
# Install the Debian packages the reports and tests need (TeX + pandoc for PDF, Chromium and
# poppler for the tests). Idempotent: does nothing when every command is already there.
# Without root or sudo, prints the exact command to run and exits 0 so `make report` still
# builds the HTML reports.
set -u
PACKAGES="texlive-xetex texlive-fonts-recommended texlive-plain-generic texlive-lang-french \
lmodern fonts-dejavu-core pandoc chromium poppler-utils"
need=0
for cmd in xelatex pandoc chromium pdftotext pdfinfo; do
  command -v "$cmd" >/dev/null 2>&1 || need=1
done
kpsewhich french.ldf >/dev/null 2>&1 || need=1
kpsewhich fvextra.sty >/dev/null 2>&1 || need=1
[ "$need" = 0 ] && exit 0

if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo"
else
  echo "visit-report: PDF reports need Debian packages that this user cannot install." >&2
  echo "  Run: sudo apt-get update && sudo apt-get install -y --no-install-recommends $PACKAGES" >&2
  echo "  HTML reports are built meanwhile." >&2
  exit 0
fi
echo "Installing Debian packages: $PACKAGES"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $PACKAGES \
  >/dev/null || {
  echo "visit-report: apt-get failed; install by hand: apt-get install -y --no-install-recommends $PACKAGES" >&2
  exit 0
}
