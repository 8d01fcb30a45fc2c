#!/bin/sh
# One pod of the Indexed Job: summarizes shard JOB_COMPLETION_INDEX+1 of SHARDS into OUT.
# Kubernetes sets JOB_COMPLETION_INDEX (0-based) in every pod of an Indexed Job; candor's --shard is 1-based.
# Shards need no coordination: each takes the products whose id hashes to it, and every file is
# written to a temporary name and renamed, so pods sharing one volume never see half a file.
set -eu
: "${JOB_COMPLETION_INDEX:?set by Kubernetes in an Indexed Job}"
: "${SHARDS:?how many pods (the Job's completions)}"
CANDOR="${CANDOR:-npx --yes @candor/cli@0.1.0}"
$CANDOR summarize "${REVIEWS:-/data/reviews.ndjson}" \
  --config "${CONFIG:-/config/candor.json}" \
  --shard "$((JOB_COMPLETION_INDEX + 1))/$SHARDS" \
  --out "${OUT:-/data/summaries}" \
  --quiet
