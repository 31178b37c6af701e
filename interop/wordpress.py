"""A real WordPress (Debian's packages) as a test peer: MariaDB, php-fpm and nginx started on
loopback as our own processes, in a state directory of their own, and stopped by PID.

Facts this relies on are in ``shared/WORDPRESS.md``: Debian's ``wp-config.php`` reads
``/etc/wordpress/config-<WORDPRESS_CONFIG>.php``; WordPress refuses loopback hosts and
unusual ports in ``wp_safe_remote_*`` unless two filters allow them (our must-use plugin);
pings are sent by WP-Cron on a later request.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
import xmlrpc.client
from dataclasses import dataclass, field
from pathlib import Path

WORDPRESS = Path("/usr/share/wordpress")
CONFIG_NAME = "blogparadeinterop"
ADMIN = ("admin", "admin-password-for-tests")

MU_PLUGIN = r"""<?php
/* Test peer only: reach loopback on any port, accept many comments quickly. */
add_filter('http_request_host_is_external', '__return_true');
add_filter('http_allowed_safe_ports', function ($ports) { return range(1, 65535); });
add_filter('pre_wp_mail', '__return_false');
remove_action('check_comment_flood', 'check_comment_flood_db', 10);
add_filter('comment_flood_filter', '__return_false', 99);
add_filter('xmlrpc_enabled', '__return_true');
/* Behind our nginx on a high port WordPress's canonical redirect loops on itself. */
remove_action('template_redirect', 'redirect_canonical');
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def missing_packages() -> list[str]:
    needed = {
        "/usr/sbin/mariadbd": "mariadb-server",
        "/usr/bin/mariadb-install-db": "mariadb-server",
        "/usr/sbin/php-fpm8.2": "php8.2-fpm",
        "/usr/sbin/nginx": "nginx",
        str(WORDPRESS / "wp-settings.php"): "wordpress",
        str(WORDPRESS / "wp-content/themes/twentytwentythree"): "wordpress-theme-twentytwentythree",
    }
    return sorted({pkg for path, pkg in needed.items() if not Path(path).exists()})


@dataclass
class WordPress:
    state: Path
    port: int = field(default_factory=free_port)
    procs: list[subprocess.Popen] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def socket(self) -> Path:
        return self.state / "mysqld.sock"

    # --- start and stop ---------------------------------------------------------------

    def start(self) -> WordPress:
        self.state.mkdir(parents=True, exist_ok=True)
        self._start_mariadb()
        self._write_config()
        self._start_php_fpm()
        self._start_nginx()
        self._install()
        return self

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.procs.clear()
        config = Path(f"/etc/wordpress/config-{CONFIG_NAME}.php")
        config.unlink(missing_ok=True)

    def _spawn(self, args: list[str], name: str) -> subprocess.Popen:
        log = open(self.state / f"{name}.log", "ab")  # noqa: SIM115 - lives as long as the process
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(proc)
        return proc

    def _wait(self, check, what: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if check():
                return
            if any(p.poll() is not None for p in self.procs):
                raise RuntimeError(
                    f"a WordPress process died while waiting for {what}: " + self.logs()
                )
            time.sleep(0.2)
        raise TimeoutError(f"{what} did not come up: " + self.logs())

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}"
            for p in sorted(self.state.glob("*.log"))
        )

    def _start_mariadb(self) -> None:
        data = self.state / "mysql"
        cnf = self.state / "my.cnf"
        cnf.write_text(
            "[mysqld]\n"
            f"datadir={data}\nsocket={self.socket}\npid-file={self.state}/mysqld.pid\n"
            "skip-networking\nuser=root\ninnodb_buffer_pool_size=32M\n"
            "skip-log-bin\n"
        )
        if not data.exists():
            subprocess.run(
                [
                    "mariadb-install-db",
                    f"--defaults-file={cnf}",
                    "--auth-root-authentication-method=socket",
                    "--skip-test-db",
                ],
                check=True,
                capture_output=True,
            )
        self._spawn(["mariadbd", f"--defaults-file={cnf}"], "mariadb")
        self._wait(self.socket.exists, "MariaDB")
        self.sql(
            "CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4;"
            "CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp';"
            "GRANT ALL ON wordpress.* TO 'wp'@'localhost';"
        )

    def sql(self, statements: str) -> str:
        done = subprocess.run(
            [
                "mariadb",
                f"--socket={self.socket}",
                "-u",
                "root",
                "--batch",
                "--skip-column-names",
                "-e",
                statements,
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout

    def _write_config(self) -> None:
        mu = self.state / "mu-plugins"
        mu.mkdir(exist_ok=True)
        (mu / "blogparade-test-peer.php").write_text(MU_PLUGIN)
        content = self.state / "wp-content"
        if not content.exists():
            content.mkdir()
            (content / "uploads").mkdir()
            os.symlink(WORDPRESS / "wp-content/themes", content / "themes")
            os.symlink(WORDPRESS / "wp-content/plugins", content / "plugins")
            os.symlink(WORDPRESS / "wp-content/languages", content / "languages")
        Path("/etc/wordpress").mkdir(exist_ok=True)
        Path(f"/etc/wordpress/config-{CONFIG_NAME}.php").write_text(
            "<?php\n"
            "define('DB_NAME', 'wordpress');\ndefine('DB_USER', 'wp');\n"
            "define('DB_PASSWORD', 'wp');\n"
            f"define('DB_HOST', 'localhost:{self.socket}');\n"
            f"define('WP_HOME', '{self.url}');\ndefine('WP_SITEURL', '{self.url}');\n"
            f"define('WP_CONTENT_DIR', '{content}');\n"
            f"define('WP_CONTENT_URL', '{self.url}/wp-content');\n"
            f"define('WPMU_PLUGIN_DIR', '{mu}');\n"
            "define('WP_HTTP_BLOCK_EXTERNAL', true);\n"
            "define('AUTOMATIC_UPDATER_DISABLED', true);\ndefine('WP_ALLOW_MULTISITE', false);\n"
            "define('DISABLE_WP_CRON', false);\ndefine('FS_METHOD', 'direct');\n"
            "define('WPLANG', 'de_DE');\n"
        )

    def _start_php_fpm(self) -> None:
        conf = self.state / "php-fpm.conf"
        conf.write_text(
            "[global]\n"
            f"pid = {self.state}/php-fpm.pid\nerror_log = {self.state}/php-fpm-error.log\n"
            "daemonize = no\n"
            "[www]\n"
            f"listen = {self.state}/php-fpm.sock\nlisten.mode = 0666\n"
            "pm = static\npm.max_children = 5\n"
            "clear_env = no\n"
            "php_admin_value[sendmail_path] = /bin/true\n"
            "php_admin_value[memory_limit] = 256M\n"
        )
        self._spawn(["php-fpm8.2", "-y", str(conf), "-R", "-F"], "php-fpm")
        self._wait((self.state / "php-fpm.sock").exists, "php-fpm")

    def _start_nginx(self) -> None:
        conf = self.state / "nginx.conf"
        conf.write_text(
            "daemon off;\nuser root;\nworker_processes 1;\n"
            f"pid {self.state}/nginx.pid;\nerror_log {self.state}/nginx-error.log;\n"
            "events { worker_connections 256; }\n"
            "http {\n"
            "  include /etc/nginx/mime.types;\n"
            f"  access_log {self.state}/nginx-access.log;\n"
            f"  client_body_temp_path {self.state}/nginx-body;\n"
            f"  fastcgi_temp_path {self.state}/nginx-fastcgi;\n"
            f"  proxy_temp_path {self.state}/nginx-proxy;\n"
            f"  uwsgi_temp_path {self.state}/nginx-uwsgi;\n"
            f"  scgi_temp_path {self.state}/nginx-scgi;\n"
            "  server {\n"
            f"    listen 127.0.0.1:{self.port};\n"
            f"    root {WORDPRESS};\n"
            "    index index.php;\n"
            f"    location /wp-content/ {{ alias {self.state}/wp-content/; }}\n"
            "    location / { try_files $uri $uri/ /index.php?$args; }\n"
            "    location ~ \\.php$ {\n"
            "      include /etc/nginx/fastcgi_params;\n"
            "      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n"
            f"      fastcgi_param WORDPRESS_CONFIG {CONFIG_NAME};\n"
            f"      fastcgi_pass unix:{self.state}/php-fpm.sock;\n"
            "    }\n"
            "  }\n"
            "}\n"
        )
        self._spawn(["nginx", "-c", str(conf), "-p", str(self.state)], "nginx")

        def answers() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return True
            except OSError:
                return False

        self._wait(answers, "nginx")

    # --- WordPress itself -------------------------------------------------------------

    def http(self, path: str, data: dict | None = None, timeout: float = 60) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.url + path, data=body)  # noqa: S310 - our own http URL
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "replace")

    def _install(self) -> None:
        if self.sql("SHOW TABLES FROM wordpress LIKE 'wp_options'").strip():
            return
        status, page = self.http(
            "/wp-admin/install.php?step=2",
            {
                "weblog_title": "Blogparade-Testpeer",
                "user_name": ADMIN[0],
                "admin_password": ADMIN[1],
                "admin_password2": ADMIN[1],
                "pw_weak": "1",
                "admin_email": "admin@wp.example",
                "blog_public": "0",
                "language": "de_DE",
            },
            timeout=120,
        )
        if status != 200 or "wp_options" not in self.sql("SHOW TABLES FROM wordpress"):
            raise RuntimeError(f"WordPress did not install (HTTP {status}): {page[:500]}")
        self.php(
            "update_option('permalink_structure', '/%year%/%monthnum%/%day%/%postname%/');"
            "update_option('ping_sites', '');"
            "update_option('default_pingback_flag', 1);"
            "update_option('default_ping_status', 'open');"
            "update_option('default_comment_status', 'open');"
            "update_option('comment_moderation', 0);"
            "update_option('comment_previously_approved', 0);"
            "flush_rewrite_rules();"
        )

    def php(self, code: str) -> str:
        """Run PHP with WordPress loaded (Debian has no wp-cli)."""
        script = self.state / "run.php"
        script.write_text(
            "<?php\n"
            f"$_SERVER['HTTP_HOST'] = '127.0.0.1:{self.port}';\n"
            f"$_SERVER['WORDPRESS_CONFIG'] = '{CONFIG_NAME}';\n"
            f"require '{WORDPRESS}/wp-load.php';\n" + code + "\n"
        )
        done = subprocess.run(["php", str(script)], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"PHP failed: {done.stdout[-2000:]} {done.stderr[-2000:]}")
        return done.stdout

    def xmlrpc(self) -> xmlrpc.client.ServerProxy:
        return xmlrpc.client.ServerProxy(self.url + "/xmlrpc.php")

    def publish(self, title: str, html: str) -> int:
        """Publish a post as the admin (WordPress schedules its pings for WP-Cron)."""
        post_id = self.xmlrpc().metaWeblog.newPost(
            1, ADMIN[0], ADMIN[1], {"title": title, "description": html}, True
        )
        return int(post_id)

    def permalink(self, post_id: int) -> str:
        return self.php(f"echo get_permalink({int(post_id)});").strip()

    def run_cron(self) -> None:
        """WP-Cron sends pings on a request; ask for it directly."""
        self.http("/wp-cron.php?doing_wp_cron=" + str(time.time()), timeout=120)

    def pingback_comments(self, post_id: int) -> list[dict[str, str]]:
        columns = "comment_author, comment_author_url, comment_approved"
        where = f"comment_post_ID = {int(post_id)} AND comment_type = 'pingback'"
        rows = self.sql(f"SELECT {columns} FROM wordpress.wp_comments WHERE {where}")  # noqa: S608
        return [
            dict(zip(("author", "url", "approved"), line.split("\t"), strict=False))
            for line in rows.splitlines()
            if line.strip()
        ]


def start_wordpress(state: Path) -> WordPress:
    if missing := missing_packages():
        raise RuntimeError("WordPress test peer needs Debian packages: " + " ".join(missing))
    shutil.rmtree(state, ignore_errors=True)
    wp = WordPress(state=state)
    try:
        return wp.start()
    except BaseException:
        wp.stop()
        raise
