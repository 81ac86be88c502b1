"""Prefect flows that wire the `synth` library into runnable pipelines."""

import os

# synth runs offline: Prefect's ephemeral server must not try to send usage telemetry
# (it fails, loudly, on a machine without internet). A user may still turn it on.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
