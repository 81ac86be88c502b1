"""Prefect flows that wire the `synth` library into runnable pipelines."""

import os

# synth runs offline: Prefect's ephemeral server must not try to send usage telemetry
# (it fails, loudly, on a machine without internet). A user may still turn it on.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# The ephemeral server starts with the first flow run; on a busy two-core laptop that takes
# longer than Prefect's 20 s default, and `synth run` would fail for no fault of the data.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
