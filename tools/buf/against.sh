#!/bin/sh
# Prints what `buf breaking` judges protos/ against, for the git repository of the current
# directory: the last release tag reachable from HEAD; before the first tag, the first commit
# of main that has the protos as they stood on 2026-12-01, when this check began (no tag is
# made for it: the check moves to the first release tag by itself).
git describe --tags --abbrev=0 2>/dev/null || echo 8b9fd6d3318ac57e048c89ae5c28c93e30c1f7a8
