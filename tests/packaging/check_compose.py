#!/usr/bin/env python3
"""Checks compose.yaml without running it (no registry here): it parses; the Sparks service
uses the image deploy/container/build makes, sets only variables `sparks serve --help` or the
README's "Configuration" table knows, reaches PostgreSQL and the S3 store as their services are
set up, and every service that others wait for has a health check.

    check_compose.py COMPOSE_YAML ENV_EXAMPLE SPARKS_ENV_FILE SERVE_HELP_FILE README IMAGE

Also checks that every variable the Debian package's default configuration names (commented
or not) is one Sparks reads. Prints what is wrong and exits 1, or prints "ok" and exits 0.
"""

import re
import sys
from urllib.parse import urlparse

import yaml


def env_of(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(k): str(v) for k, v in env.items()}


def main():
    compose_path, example_path, sparks_env_path, help_path, readme_path, image = sys.argv[1:7]
    problems = []
    with open(compose_path, encoding="utf-8") as f:
        compose = yaml.safe_load(f)
    help_text = open(help_path, encoding="utf-8").read()
    # clap wraps long lines, sometimes inside a name: join the lines before looking.
    joined = re.sub(r"\n\s*", "", help_text)
    known = set(re.findall(r"env: ([A-Z0-9_]+)=", joined))
    readme = open(readme_path, encoding="utf-8").read()
    config = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([A-Z][A-Z0-9_]+)`", config))
    if "SPARKS_ADDR" not in known or "SPARKS_UPLOADS_S3_BUCKET" not in known:
        problems.append(f"could not read the variables from `sparks serve --help`: {sorted(known)}")

    services = compose.get("services") or {}
    for name in ("sparks", "postgres", "minio", "bucket"):
        if name not in services:
            problems.append(f"service {name} is missing")
    if problems:
        print("\n".join(problems))
        return 1
    sparks = services["sparks"]
    if sparks.get("image") != image:
        problems.append(f"sparks uses image {sparks.get('image')!r}, the build makes {image!r}")
    env = env_of(sparks)
    for var in env:
        if var not in known and var not in documented:
            problems.append(f"sparks sets {var}, which neither `sparks serve --help` nor README knows")
    for var in ("SPARKS_DATABASE_URL", "SPARKS_UPLOADS_S3_BUCKET", "SPARKS_UPLOADS_S3_ENDPOINT",
                "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "SPARKS_DATA_DIR", "SPARKS_ADDR"):
        if var not in env:
            problems.append(f"sparks does not set {var}")

    # The database URL names the postgres service, its user and its database.
    pg_env = env_of(services["postgres"])
    url = urlparse(re.sub(r"\$\{[^}]*\}", "x", env.get("SPARKS_DATABASE_URL", "")))
    if url.scheme != "postgres" or url.hostname != "postgres":
        problems.append(f"SPARKS_DATABASE_URL does not point at the postgres service: {url.geturl()}")
    if url.username != pg_env.get("POSTGRES_USER") or url.path.lstrip("/") != pg_env.get("POSTGRES_DB"):
        problems.append("SPARKS_DATABASE_URL's user or database differs from the postgres service's")

    # The S3 endpoint is the minio service, the bucket the one the bucket service makes, and
    # the credentials are MinIO's.
    endpoint = urlparse(env.get("SPARKS_UPLOADS_S3_ENDPOINT", ""))
    if endpoint.hostname != "minio":
        problems.append(f"SPARKS_UPLOADS_S3_ENDPOINT is not the minio service: {endpoint.geturl()}")
    bucket_cmd = " ".join(map(str, services["bucket"].get("command") or []))
    if f"/{env.get('SPARKS_UPLOADS_S3_BUCKET')}" not in bucket_cmd:
        problems.append("the bucket service does not make SPARKS_UPLOADS_S3_BUCKET")
    minio_env = env_of(services["minio"])
    if "MINIO_ROOT_USER" not in env.get("AWS_ACCESS_KEY_ID", "") or \
            "MINIO_ROOT_USER" not in minio_env.get("MINIO_ROOT_USER", ""):
        problems.append("AWS_ACCESS_KEY_ID is not MinIO's user")

    # Data where the image keeps it, a port the server listens on, and a health check the
    # image can run (it has no shell and no curl).
    if not any(str(v).endswith(":/data") for v in sparks.get("volumes") or []):
        problems.append("no volume at /data, the image's data directory")
    if env.get("SPARKS_DATA_DIR") != "/data":
        problems.append("SPARKS_DATA_DIR is not /data")
    port = env.get("SPARKS_ADDR", ":").rsplit(":", 1)[1]
    if not any(str(p).endswith(f":{port}") for p in sparks.get("ports") or []):
        problems.append(f"no published port for SPARKS_ADDR's port {port}")
    test = (sparks.get("healthcheck") or {}).get("test") or []
    if test[:3] != ["CMD", "/usr/bin/sparks", "healthcheck"]:
        problems.append(f"the sparks health check is not the binary's own: {test}")
    if sparks.get("read_only") and "/tmp" not in (sparks.get("tmpfs") or []):
        problems.append("a read-only sparks needs a tmpfs at /tmp (SQLite's temporary files)")

    # Whoever is waited for as healthy has a health check.
    for name, service in services.items():
        for dep, how in (service.get("depends_on") or {}).items():
            if dep not in services:
                problems.append(f"{name} depends on a service that is not there: {dep}")
            elif how.get("condition") == "service_healthy" and "healthcheck" not in services[dep]:
                problems.append(f"{name} waits for {dep} to be healthy, which has no health check")
    for name, volume in ((n, v) for n, s in services.items() for v in s.get("volumes") or []):
        source = str(volume).split(":", 1)[0]
        if not source.startswith((".", "/")) and source not in (compose.get("volumes") or {}):
            problems.append(f"{name} uses the undeclared volume {source}")

    # Every ${VAR} the file needs is in the example .env.
    text = open(compose_path, encoding="utf-8").read()
    needed = set(re.findall(r"\$\{([A-Z0-9_]+)", text))
    example = open(example_path, encoding="utf-8").read()
    offered = set(re.findall(r"^([A-Z0-9_]+)=", example, re.M))
    for var in sorted(needed - offered):
        problems.append(f"compose.yaml uses ${{{var}}}, which the example .env lacks")

    # The Debian package's configuration names only variables Sparks reads.
    for var in re.findall(r"^#?([A-Z][A-Z0-9_]+)=", open(sparks_env_path, encoding="utf-8").read(), re.M):
        if var not in known and var not in documented:
            problems.append(f"{sparks_env_path} names {var}, which Sparks does not read")

    if problems:
        print("\n".join(problems))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
