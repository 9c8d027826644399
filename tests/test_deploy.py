"""Deployment files: compose profiles, Dockerfile, .env.example, nginx, systemd, docs.

No network and no Docker daemon: the files are parsed. `docker compose config` (or the
standalone `docker-compose`) and `nginx -t` run only when installed, else those tests skip.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
COMPOSE = DEPLOY / "docker-compose.yml"
DOCKERFILE = DEPLOY / "Dockerfile"
ENV_EXAMPLE = DEPLOY / ".env.example"
NGINX = DEPLOY / "nginx-webhook.conf"
UNIT = DEPLOY / "forfait-bot.service"

SETTINGS = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_WEBHOOK_URL",
    "TELEGRAM_WEBHOOK_SECRET",
    "TELEGRAM_WEBHOOK_LISTEN",
    "TELEGRAM_WEBHOOK_PORT",
    "TELEGRAM_API_BASE_URL",
    "FORFAIT_BOT_DATA",
    "FORFAIT_BOT_REDIS_URL",
    "FORFAIT_BOT_ADVISORS",
    "FORFAIT_BOT_LOG_LEVEL",
    "FORFAIT_BOT_LOG_TEXT",
    "REDIS_PASSWORD",
    "FORFAIT_BOT_METRICS_PORT",
    "FORFAIT_BOT_METRICS_LISTEN",
    "FORFAIT_BOT_WEB_PORT",
    "FORFAIT_BOT_WEB_LISTEN",
    "FORFAIT_BOT_WEBAPP_URL",
)
SECRETS = ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "REDIS_PASSWORD")
BOTS = ("bot", "bot-1", "bot-2")
REPLICAS = ("bot-1", "bot-2")
SECRET_NAME = re.compile(r"TOKEN|SECRET|PASSWORD", re.IGNORECASE)
DIGEST = re.compile(r"^[\w./-]+:[\w.-]+@sha256:[0-9a-f]{64}$")
INTERPOLATED = re.compile(r"^\$\{[A-Z_]+(:?-)?\}$")  # the value comes from deploy/.env


# --- helpers ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def env_example() -> tuple[dict[str, str], set[str]]:
    """Active assignments, and every name assigned (commented-out examples included)."""
    active: dict[str, str] = {}
    named: set[str] = set()
    for raw in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        m = re.match(r"^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$", line)
        if not m:
            continue
        named.add(m.group(2))
        if not m.group(1):
            active[m.group(2)] = m.group(3)
    return active, named


def enabled(compose: dict, profiles: set[str]) -> set[str]:
    """Services compose starts with these active profiles (no `profiles:` = always)."""
    return {
        name
        for name, svc in compose["services"].items()
        if not svc.get("profiles") or profiles & set(svc["profiles"])
    }


def default_profiles() -> set[str]:
    """What `docker compose up` activates: COMPOSE_PROFILES from deploy/.env."""
    value = env_example()[0].get("COMPOSE_PROFILES", "")
    return {p.strip() for p in value.split(",") if p.strip()}


def environment(svc: dict) -> dict[str, str]:
    env = svc.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def volume_targets(svc: dict) -> dict[str, str]:
    """Container path -> source, for short `src:dst[:mode]` and long volume syntax."""
    out = {}
    for vol in svc.get("volumes", []):
        if isinstance(vol, dict):
            out[vol["target"]] = vol.get("source", "")
        else:
            parts = vol.split(":")
            out[parts[1]] = parts[0]
    return out


def healthcheck_words(svc: dict) -> list[str]:
    test = svc["healthcheck"]["test"]
    return test.split() if isinstance(test, str) else list(test)


def dockerfile_stages() -> list[list[tuple[str, str]]]:
    """(INSTRUCTION, arguments) per build stage, continuation lines joined."""
    text = DOCKERFILE.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#")]
    joined = re.sub(r"\\\n", " ", "\n".join(lines))
    stages: list[list[tuple[str, str]]] = []
    for line in joined.splitlines():
        if not line.strip():
            continue
        instr, _, args = line.strip().partition(" ")
        instr = instr.upper()
        if instr == "FROM":
            stages.append([])
        assert stages, "instruction before FROM"
        stages[-1].append((instr, " ".join(args.split())))
    return stages


def unit() -> dict[tuple[str, str], list[str]]:
    """(section, key) -> values; systemd allows a key several times."""
    out: dict[tuple[str, str], list[str]] = {}
    section = ""
    for raw in UNIT.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        out.setdefault((section, key.strip()), []).append(value.strip())
    return out


def nginx_text() -> str:
    return "\n".join(ln.split("#", 1)[0] for ln in NGINX.read_text(encoding="utf-8").splitlines())


# --- docker-compose.yml ---------------------------------------------------------------------


def test_default_profile_runs_a_single_polling_bot(compose):
    assert default_profiles() == {"polling"}
    assert enabled(compose, default_profiles()) == {"bot"}
    bot = compose["services"]["bot"]
    assert "TELEGRAM_WEBHOOK_URL" not in environment(bot)
    assert "FORFAIT_BOT_REDIS_URL" not in environment(bot)


def test_scale_profile_runs_redis_two_replicas_and_nginx(compose):
    services = enabled(compose, {"scale"})
    assert services == {"redis", "bot-1", "bot-2", "nginx"}
    # A polling bot next to webhook replicas on the same token would steal their updates.
    assert "bot" not in services


def test_bot_services_share_image_env_file_restart_and_healthcheck(compose):
    for name in BOTS:
        svc = compose["services"][name]
        assert svc["build"]["context"] == ".."
        assert (
            COMPOSE.parent / svc["build"]["context"] / svc["build"]["dockerfile"]
        ).resolve() == (DOCKERFILE)
        assert svc["env_file"] in (".env", [".env"])
        assert svc["restart"] in ("unless-stopped", "always", "on-failure")
        assert healthcheck_words(svc)[-2:] == ["forfait-bot", "health"]
        assert "command" not in svc  # the image's CMD: forfait-bot run
        assert environment(svc)["FORFAIT_BOT_DATA"] == "/data"


def test_polling_bot_keeps_sessions_in_a_named_volume(compose):
    bot = compose["services"]["bot"]
    source = volume_targets(bot)["/data"]
    assert source in compose["volumes"]


def test_replicas_share_sessions_through_redis_and_listen_for_the_webhook(compose):
    redis_port = "6379"
    for name in REPLICAS:
        svc = compose["services"][name]
        env = environment(svc)
        url = urlparse(env["FORFAIT_BOT_REDIS_URL"])
        assert url.scheme == "redis"
        assert url.hostname == "redis" and str(url.port) == redis_port
        assert env["TELEGRAM_WEBHOOK_LISTEN"] == "0.0.0.0"
        assert env["TELEGRAM_WEBHOOK_PORT"] in [str(p) for p in svc["expose"]]
        assert svc["depends_on"]["redis"]["condition"] == "service_healthy"
        assert "/data" not in volume_targets(svc)  # nothing to keep: sessions live in Redis


def test_redis_is_durable_and_private(compose):
    redis = compose["services"]["redis"]
    assert redis["image"].startswith("redis:7")
    command = redis["command"]
    command = command if isinstance(command, str) else " ".join(command)
    assert re.search(r"--appendonly\s+yes", command)
    assert volume_targets(redis)["/data"] in compose["volumes"]
    assert volume_targets(redis)["/data"] != volume_targets(compose["services"]["bot"])["/data"]
    assert "ports" not in redis
    assert "redis-cli" in healthcheck_words(redis)
    assert redis["restart"] == "unless-stopped"


def test_nginx_terminates_tls_in_front_of_both_replicas(compose):
    nginx = compose["services"]["nginx"]
    targets = volume_targets(nginx)
    assert targets["/etc/nginx/conf.d/default.conf"] == "./nginx-webhook.conf"
    assert "/etc/nginx/certs" in targets
    assert all(v.endswith(":ro") for v in nginx["volumes"] if isinstance(v, str))
    assert any(str(p).split(":")[-1] == "443" for p in nginx["ports"])
    assert set(nginx["depends_on"]) == set(REPLICAS)
    assert nginx["restart"] == "unless-stopped"
    assert nginx["healthcheck"]["test"]


def test_only_nginx_publishes_ports(compose):
    published = {name for name, svc in compose["services"].items() if svc.get("ports")}
    assert published == {"nginx"}


def test_compose_file_holds_no_secret(compose):
    for name, svc in compose["services"].items():
        for key, value in environment(svc).items():
            if SECRET_NAME.search(key):
                assert INTERPOLATED.match(value), f"{name}: {key} belongs in .env"
        redis_url = environment(svc).get("FORFAIT_BOT_REDIS_URL")
        if redis_url:
            assert urlparse(redis_url).password == "${REDIS_PASSWORD:-}", name


def test_every_image_is_pinned_by_digest(compose):
    for name, svc in compose["services"].items():
        if "image" in svc and "build" not in svc:
            assert DIGEST.match(svc["image"]), f"{name}: {svc['image']}"
    bases = [stage[0][1].split()[0] for stage in dockerfile_stages()]
    assert all(DIGEST.match(base) for base in bases), bases


def test_redis_requires_a_password_and_sits_on_an_internal_network_only(compose):
    redis = compose["services"]["redis"]
    command = redis["command"]
    command = command if isinstance(command, str) else " ".join(command)
    assert re.search(r'--requirepass\s+"\$\$REDIS_PASSWORD"', command)
    # An empty password would start Redis without one: it must refuse to start instead.
    assert re.search(r'test -n "\$\$REDIS_PASSWORD" \|\|.*exit 1', command)
    assert environment(redis)["REDIS_PASSWORD"] == "${REDIS_PASSWORD:-}"
    assert "REDISCLI_AUTH" in " ".join(healthcheck_words(redis))
    networks = compose["networks"]
    assert redis["networks"] and all(networks[n]["internal"] for n in redis["networks"])
    nginx = set(compose["services"]["nginx"]["networks"])
    assert not nginx & set(redis["networks"]), "the internet-facing proxy cannot reach Redis"
    for replica in REPLICAS:  # the replicas reach both, and the internet through frontend
        nets = set(compose["services"][replica]["networks"])
        assert set(redis["networks"]) <= nets and nginx <= nets
        assert any(not (networks[n] or {}).get("internal") for n in nets)


def test_nothing_runs_as_root(compose):
    assert compose["services"]["redis"]["user"] == "redis"
    final = dict(dockerfile_stages()[-1])
    assert final["USER"].split(":")[0] not in ("root", "0")


def _compose_cli() -> tuple[list[str], int] | None:
    """(command, major version) of an installed Compose, or None."""
    for cmd in (["docker", "compose"], ["docker-compose"]):
        if not shutil.which(cmd[0]):
            continue
        try:
            out = subprocess.run(
                [*cmd, "version"], capture_output=True, text=True, timeout=30, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        m = re.search(r"version v?(\d+)\.", out.stdout)
        if out.returncode == 0 and m:
            return cmd, int(m.group(1))
    return None


COMPOSE_CLI = _compose_cli()


@pytest.mark.skipif(COMPOSE_CLI is None, reason="docker compose / docker-compose not installed")
def test_compose_config_validates_both_profiles(tmp_path):
    assert COMPOSE_CLI is not None
    cmd, major = COMPOSE_CLI
    deploy = tmp_path / "deploy"
    deploy.mkdir()
    shutil.copy(COMPOSE, deploy / "docker-compose.yml")
    shutil.copy(NGINX, deploy / "nginx-webhook.conf")
    shutil.copy(ENV_EXAMPLE, deploy / ".env")
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPOSE_")}
    base = [*cmd, "-f", str(deploy / "docker-compose.yml")]

    def run(*args: str) -> str:
        out = subprocess.run(
            [*base, *args], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path
        )
        assert out.returncode == 0, out.stderr
        return out.stdout

    run("config", "-q")
    run("--profile", "scale", "config", "-q")
    if major >= 2:  # Compose v1 lists every service whatever the profile
        assert set(run("config", "--services").split()) == {"bot"}
        assert set(run("--profile", "scale", "config", "--services").split()) == {
            "redis",
            "bot-1",
            "bot-2",
            "nginx",
        }


# --- Dockerfile --------------------------------------------------------------------------------


def test_dockerfile_builds_from_python_slim_without_pip_cache():
    stages = dockerfile_stages()
    bases = {stage[0][1].split()[0] for stage in stages}
    assert len(bases) == 1 and bases.pop().startswith("python:3.11-slim@sha256:")
    runs = [args for stage in stages for instr, args in stage if instr == "RUN"]
    assert any(
        re.search(r"pip install --no-cache-dir --require-hashes -r requirements\.lock", r)
        for r in runs
    )
    assert any(
        re.search(r"pip install --no-cache-dir --no-deps --no-build-isolation \.(\s|$)", r)
        for r in runs
    )


def test_dockerfile_copies_sources_not_secrets():
    copies = [args for stage in dockerfile_stages() for instr, args in stage if instr == "COPY"]
    assert copies
    for args in copies:
        if args.startswith("--from="):
            continue
        assert ".env" not in args.split()
        assert not args.startswith(". ")  # no blanket copy of the build context


def test_final_image_runs_as_non_root_with_data_volume_and_healthcheck():
    final = dockerfile_stages()[-1]
    instrs = dict(final)  # last occurrence wins, as in Docker
    user = instrs["USER"].split(":")[0]
    assert user not in ("root", "0")
    assert "FORFAIT_BOT_DATA=/data" in " ".join(a for i, a in final if i == "ENV")
    assert "/data" in instrs["VOLUME"]
    assert any(i == "RUN" and "chown" in a and "/data" in a for i, a in final)
    assert re.search(r"CMD \[\"forfait-bot\", \"health\"\]", instrs["HEALTHCHECK"])
    assert instrs["CMD"] == '["forfait-bot", "run"]'


def test_dockerfile_bakes_no_secret():
    for stage in dockerfile_stages():
        for instr, args in stage:
            if instr in ("ENV", "ARG", "LABEL"):
                assert not SECRET_NAME.search(args), args


# --- .env.example ------------------------------------------------------------------------------


def test_env_example_names_every_setting():
    _, named = env_example()
    missing = [s for s in SETTINGS if s not in named]
    assert not missing


def test_env_example_has_empty_secrets_and_safe_defaults():
    active, _ = env_example()
    for name in SECRETS:
        assert active.get(name) == "", name
    assert active["FORFAIT_BOT_LOG_TEXT"] == "0"
    assert active["FORFAIT_BOT_LOG_LEVEL"] == "INFO"
    assert active["TELEGRAM_WEBHOOK_LISTEN"] == "127.0.0.1"
    assert active["TELEGRAM_WEBHOOK_PORT"] == "8443"
    # Polling unless the operator opts in: no active webhook URL.
    assert not active.get("TELEGRAM_WEBHOOK_URL")


def test_env_example_comments_every_setting():
    lines = ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
    for name in SETTINGS:
        i = next(i for i, ln in enumerate(lines) if re.match(rf"^(#\s*)?{name}=", ln))
        above = lines[i - 1]
        assert above.startswith("#") and not re.match(r"^#\s*[A-Z_]+=", above), name


# --- nginx-webhook.conf ------------------------------------------------------------------------


def test_nginx_proxies_only_the_webhook_path_to_the_replicas(compose):
    conf = nginx_text()
    upstream = re.search(r"upstream\s+(\w+)\s*\{(.*?)\}", conf, re.S)
    assert upstream
    servers = set(re.findall(r"server\s+([\w.-]+:\d+)", upstream.group(2)))
    ports = {environment(compose["services"][r])["TELEGRAM_WEBHOOK_PORT"] for r in REPLICAS}
    assert servers == {f"{r}:{p}" for r in REPLICAS for p in ports}
    proxied = re.findall(r"proxy_pass\s+http://(\w+)", conf)
    # The webhook first; the only other proxied path is the Mini App's (test below).
    assert proxied == [upstream.group(1), "forfait_bot_webapp"]
    # The exact-match location that holds the proxy_pass.
    before = conf[: conf.index("proxy_pass")]
    location = list(re.finditer(r"location\s+(=\s+)?(\S+)\s*\{", before))[-1]
    assert location.group(1), "exact match only"
    # The path in the documented TELEGRAM_WEBHOOK_URL is the one nginx forwards.
    text = ENV_EXAMPLE.read_text(encoding="utf-8")
    example = re.search(r"TELEGRAM_WEBHOOK_URL=(\S+)", text)
    assert example and urlparse(example.group(1)).path == location.group(2)


def test_nginx_proxies_the_mini_app_to_the_replicas_web_port(compose):
    conf = nginx_text()
    upstream = re.search(r"upstream\s+forfait_bot_webapp\s*\{(.*?)\}", conf, re.S)
    assert upstream
    servers = set(re.findall(r"server\s+([\w.-]+:\d+)", upstream.group(1)))
    ports = {environment(compose["services"][r])["FORFAIT_BOT_WEB_PORT"] for r in REPLICAS}
    assert servers == {f"{r}:{p}" for r in REPLICAS for p in ports}
    location = re.search(r"location\s+/app/\s*\{(.*?)\n    \}", conf, re.S)
    assert location and "proxy_pass http://forfait_bot_webapp;" in location.group(1)
    assert re.search(r"client_max_body_size\s+16k;", location.group(1))  # MAX_BODY
    text = ENV_EXAMPLE.read_text(encoding="utf-8")
    example = re.search(r"FORFAIT_BOT_WEBAPP_URL=(\S+)", text)
    assert example and urlparse(example.group(1)).path == "/app/"


def test_nginx_tls_secret_header_and_body_limit():
    conf = nginx_text()
    assert re.search(r"listen\s+443\s+ssl", conf)
    assert re.search(r"ssl_certificate\s+/etc/nginx/certs/\S+;", conf)
    assert re.search(r"ssl_certificate_key\s+/etc/nginx/certs/\S+;", conf)
    assert re.search(
        r"proxy_set_header\s+X-Telegram-Bot-Api-Secret-Token\s+"
        r"\$http_x_telegram_bot_api_secret_token;",
        conf,
    )
    assert re.search(r"client_max_body_size\s+\d+[km]?;", conf)
    assert "underscores_in_headers" not in conf  # the secret header has hyphens only


@pytest.mark.skipif(
    not (shutil.which("nginx") and shutil.which("openssl")), reason="nginx or openssl missing"
)
def test_nginx_config_passes_nginx_t(tmp_path):
    certs = tmp_path / "certs"
    certs.mkdir()
    req = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    subject = ["-subj", "/CN=localhost"]
    keys = ["-keyout", str(certs / "privkey.pem"), "-out", str(certs / "fullchain.pem")]
    subprocess.run([*req, *subject, *keys], check=True, capture_output=True, timeout=60)
    conf = NGINX.read_text(encoding="utf-8").replace("/etc/nginx/certs", str(certs))
    # Compose service names do not resolve here.
    conf = re.sub(r"server\s+bot-\d+:", "server 127.0.0.1:", conf)
    (tmp_path / "webhook.conf").write_text(conf, encoding="utf-8")
    (tmp_path / "logs").mkdir()
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/logs/error.log;\n"
        "events {}\n"
        f"http {{\n  access_log off;\n  include {tmp_path}/webhook.conf;\n}}\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr


# --- forfait-bot.service -----------------------------------------------------------------------


def test_systemd_unit_runs_the_venv_as_a_dedicated_user():
    u = unit()
    assert u[("Service", "ExecStart")] == ["/opt/forfait-bot/bin/forfait-bot run"]
    assert u[("Service", "User")][0] not in ("root", "0")
    assert u[("Service", "EnvironmentFile")] == ["/etc/forfait-bot.env"]
    assert u[("Service", "Restart")] == ["on-failure"]
    assert u[("Install", "WantedBy")] == ["multi-user.target"]
    assert "network-online.target" in " ".join(u[("Unit", "After")])


def test_systemd_unit_is_hardened_and_can_write_only_its_data_dir():
    u = unit()
    for key, value in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "PrivateTmp": "yes",
        "ProtectHome": "yes",
        "PrivateDevices": "yes",
    }.items():
        assert u[("Service", key)] == [value], key
    assert u[("Service", "CapabilityBoundingSet")] == [""]
    env = dict(v.split("=", 1) for v in u[("Service", "Environment")])
    data = env["FORFAIT_BOT_DATA"]
    assert u[("Service", "ReadWritePaths")] == [data]
    assert data == "/var/lib/" + u[("Service", "StateDirectory")][0]


# --- docs --------------------------------------------------------------------------------------


def test_deploy_readme_covers_token_modes_scale_and_backups():
    text = (DEPLOY / "README.md").read_text(encoding="utf-8")
    for needle in ("@BotFather", "polling", "webhook", "--profile scale", ".backup", "Restaurer"):
        assert needle in text, needle
    for name in SETTINGS:
        assert name in text, name
    assert (DEPLOY / "../docs/privacy.md").resolve().exists()


def test_privacy_doc_states_retention_erasure_and_logs():
    text = (ROOT / "docs" / "privacy.md").read_text(encoding="utf-8")
    for needle in ("180 jours", "/oublier", "patient", "FORFAIT_BOT_LOG_TEXT", "/stats", "Redis"):
        assert needle in text, needle


def test_metrics_are_reachable_inside_compose_only(compose):
    active, _ = env_example()
    port = active["FORFAIT_BOT_METRICS_PORT"]
    assert active["FORFAIT_BOT_METRICS_LISTEN"] == "127.0.0.1"  # a host: local only
    for name in BOTS:
        svc = compose["services"][name]
        assert environment(svc)["FORFAIT_BOT_METRICS_LISTEN"] == "0.0.0.0"
        assert port in [str(p) for p in svc["expose"]]
        assert "ports" not in svc
    final = dict(dockerfile_stages()[-1])
    assert port in final["EXPOSE"].split()
