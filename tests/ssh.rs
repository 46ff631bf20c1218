//! Issue #5, the shared server: Pomost used the way the staff use it, through a
//! real OpenSSH server. The test starts its own `sshd` on 127.0.0.1 (own host
//! key, own client key, own configuration, all in a temporary directory), runs
//! `ssh -tt … pomost` in the harness's pseudo-terminal, searches a service,
//! refers a client to it from a new consultation, saves, quits, and reads the
//! row back from the database file. It also checks that the far side saw the
//! terminal's size and followed a resize.
//!
//! Without `sshd`, `ssh` and `ssh-keygen` the test is skipped with a note on
//! stderr, unless `CI` is set: then it fails (`.ci/run` installs them).

#[path = "e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

use std::ffi::CStr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use harness::{Session, Spawn, flat, list_count, selected_row};

/// Services in the shipped catalogue.
const CATALOGUE: usize = 31;

/// The OpenSSH programs the test needs.
struct Tools {
    sshd: PathBuf,
    ssh: PathBuf,
    keygen: PathBuf,
}

/// An executable `name` on `PATH` or in the usual sbin directories (sshd is
/// often not on a user's `PATH`), as an absolute path: sshd insists on one.
fn find(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin", "/usr/local/sbin", "/sbin", "/usr/bin", "/bin"].map(PathBuf::from))
        .filter(|dir| dir.is_absolute())
        .map(|dir| dir.join(name))
        .find(|p| {
            use std::os::unix::fs::PermissionsExt;
            std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

/// The tools, or `None` (after a note on stderr) when the test is to be
/// skipped. Under CI a missing tool is a failure, not a skip.
fn tools() -> Option<Tools> {
    let found = (find("sshd"), find("ssh"), find("ssh-keygen"));
    if let (Some(sshd), Some(ssh), Some(keygen)) = found {
        return Some(Tools { sshd, ssh, keygen });
    }
    let missing: Vec<&str> = [
        ("sshd", found.0.is_none()),
        ("ssh", found.1.is_none()),
        ("ssh-keygen", found.2.is_none()),
    ]
    .into_iter()
    .filter_map(|(name, missing)| missing.then_some(name))
    .collect();
    let message = format!(
        "{} not found: install openssh-server and openssh-client; .ci/run does",
        missing.join(", ")
    );
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
        panic!("{message} (CI is set, so this test may not be skipped)");
    }
    eprintln!("SKIPPED tests/ssh.rs: {message}");
    None
}

/// A private `sshd` in the foreground, killed when dropped.
struct Sshd {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Sshd {
    /// Writes keys and a configuration into `dir` and starts sshd on a free
    /// port of 127.0.0.1, waiting until it listens.
    fn start(tools: &Tools, dir: &Path) -> Self {
        let host_key = dir.join("host_ed25519");
        let client_key = dir.join("client_ed25519");
        for (key, comment) in [
            (&host_key, "pomost-test-host"),
            (&client_key, "pomost-test"),
        ] {
            let out = Command::new(&tools.keygen)
                .args(["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f"])
                .arg(key)
                .stdin(Stdio::null())
                .output()
                .expect("run ssh-keygen");
            assert!(
                out.status.success(),
                "ssh-keygen: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let authorized = dir.join("authorized_keys");
        std::fs::copy(client_key.with_extension("pub"), &authorized).expect("authorized_keys");
        // sshd's privilege separation directory; a fresh install that never
        // started the service has none. Only root needs (and may create) it.
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } == 0 {
            std::fs::create_dir_all("/run/sshd").expect("create /run/sshd");
        }

        // The port is free when asked; another process may take it before
        // sshd binds it, so a few tries.
        let mut last_log = String::new();
        for _ in 0..3 {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .expect("a free port")
                .port();
            let config = dir.join("sshd_config");
            std::fs::write(
                &config,
                format!(
                    "Port {port}\n\
                     ListenAddress 127.0.0.1\n\
                     HostKey {host}\n\
                     PidFile {pid}\n\
                     AuthorizedKeysFile {authorized}\n\
                     StrictModes no\n\
                     UsePAM no\n\
                     PermitRootLogin prohibit-password\n\
                     PubkeyAuthentication yes\n\
                     PasswordAuthentication no\n\
                     KbdInteractiveAuthentication no\n\
                     PermitTTY yes\n\
                     X11Forwarding no\n\
                     AllowTcpForwarding no\n\
                     PrintMotd no\n\
                     PrintLastLog no\n",
                    host = host_key.display(),
                    pid = dir.join("sshd.pid").display(),
                    authorized = authorized.display(),
                ),
            )
            .expect("write sshd_config");
            let log = dir.join("sshd.log");
            let child = Command::new(&tools.sshd)
                .arg("-D")
                .arg("-e")
                .arg("-f")
                .arg(&config)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(&log).expect("sshd.log"))
                .spawn()
                .expect("start sshd");
            let mut sshd = Self { child, port, log };
            let deadline = Instant::now() + harness::TIMEOUT;
            loop {
                let text = sshd.log_text();
                if text.contains("Server listening on") {
                    return sshd;
                }
                if let Some(status) = sshd.child.try_wait().expect("try_wait sshd") {
                    last_log = format!("sshd exited ({status}):\n{text}");
                    break;
                }
                assert!(
                    Instant::now() < deadline,
                    "sshd did not listen within {:?}:\n{text}",
                    harness::TIMEOUT
                );
                std::thread::sleep(Duration::from_millis(20));
            }
            if !last_log.contains("Address already in use") {
                break;
            }
        }
        panic!("could not start sshd: {last_log}");
    }

    /// What sshd logged so far (shown when something fails).
    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Sshd {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("--- sshd log ---\n{}", self.log_text());
        }
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// `s` quoted for the remote shell.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// This process's group name (the staff group of the shared database).
fn own_group() -> String {
    // SAFETY: getgrgid returns null or static storage, read at once.
    unsafe {
        let gr = libc::getgrgid(libc::getegid());
        assert!(!gr.is_null(), "this process's group has a name");
        CStr::from_ptr((*gr).gr_name).to_string_lossy().into_owned()
    }
}

/// Runs the command line in English on `db`, checking it succeeds; its output.
fn cli(db: &Path, args: &[&str]) -> String {
    let out = Command::new(harness::binary())
        .args(["--lang", "en"])
        .args(args)
        .arg("--db")
        .arg(db)
        .env_remove("POMOST_DB")
        // `init --shared` writes the system settings: beside the test's
        // database, never the machine's /etc.
        .env("POMOST_SYSTEM_CONFIG", db.with_extension("toml"))
        .stdin(Stdio::null())
        .output()
        .expect("run pomost");
    assert!(
        out.status.success(),
        "pomost {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The footer (last row), trimmed.
fn footer(s: &Session) -> String {
    s.rows()
        .last()
        .map(|r| r.trim().to_owned())
        .unwrap_or_default()
}

/// True when the screen was drawn for a `cols`×`rows` terminal: the emulator
/// has that size, a top-right border corner is in the last column, and the
/// footer is on the last row. A program that believed in another size (80×24,
/// or the 0×0 of an ssh without a terminal) draws none of this.
fn drawn_at(s: &Session, cols: u16, rows: u16) -> bool {
    let screen = s.rows();
    let last_col = usize::from(cols) - 1;
    screen.len() == usize::from(rows)
        && screen.iter().any(|r| r.chars().nth(last_col) == Some('┐'))
        && !footer(s).is_empty()
}

/// Waits for the Services screen with the whole catalogue, drawn at `cols`×`rows`.
fn wait_for_services_at(s: &mut Session, cols: u16, rows: u16) {
    s.wait_for(
        &format!("the Services layout drawn at {cols}×{rows}"),
        |s| {
            drawn_at(s, cols, rows)
                && list_count(&s.text(), "Services") == Some((CATALOGUE, CATALOGUE))
                && footer(s).starts_with("F1 help")
        },
    );
}

/// Types `text` into the focused search line, waiting for each key's echo.
fn type_query(s: &mut Session, text: &str) {
    for (i, c) in text.char_indices() {
        s.send(c.to_string());
        let typed = format!("│{} ", &text[..i + c.len_utf8()]);
        s.wait_for(&format!("the search line to show {typed:?}"), |s| {
            s.text().contains(&typed)
        });
    }
}

#[test]
fn a_consultation_saved_over_a_real_ssh_connection_is_in_the_shared_database() {
    let Some(tools) = tools() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let sshd = Sshd::start(&tools, dir.path());
    let before = pomost::clock::Clock::system().today().to_string();

    // The shared database, as the README's shared-server steps make it.
    let db = dir.path().join("srv/pomost.db");
    cli(&db, &["init", "--shared", &own_group()]);
    let legal_counselling: serde_json::Value = serde_json::from_str(&cli(
        &db,
        &["services", "search", "legal counselling", "--json"],
    ))
    .expect("services JSON");
    let service_id = legal_counselling["services"]
        .as_array()
        .and_then(|all| all.iter().find(|s| s["name"] == "Legal counselling"))
        .and_then(|s| s["id"].as_str())
        .expect("the catalogue has \"Legal counselling\"")
        .to_owned();

    // sshd gives the far side a fresh environment: the test's clock (a
    // shifted one too) is passed along, like the harness does.
    let clock: String = harness::clock_env()
        .iter()
        .map(|(k, v)| format!("{k}={} ", quote(v)))
        .collect();
    let remote = format!(
        "env TERM=xterm-256color LANG=C.UTF-8 POMOST_DB={} {clock}{} --lang en",
        quote(&db.display().to_string()),
        quote(harness::binary()),
    );
    let port = sshd.port.to_string();
    let key = dir.path().join("client_ed25519").display().to_string();
    let ssh = tools.ssh.display().to_string();
    let args = [
        "-tt",
        "-F",
        "/dev/null",
        "-i",
        &key,
        "-p",
        &port,
        "-o",
        "IdentitiesOnly=yes",
        "-o",
        "StrictHostKeyChecking=no",
        "-o",
        "UserKnownHostsFile=/dev/null",
        "-o",
        "GlobalKnownHostsFile=/dev/null",
        "-o",
        "BatchMode=yes",
        "-o",
        "LogLevel=ERROR",
        "127.0.0.1",
        &remote,
    ];
    let mut s = Spawn::new(&db).program(&ssh, &args).size(100, 30).start();

    // The far side drew for the local terminal's size.
    wait_for_services_at(&mut s, 100, 30);

    // A search: the Polish name finds the service, shown under its English name.
    s.wait_for("the search footer", |s| footer(s).starts_with("F1"));
    type_query(&mut s, "poradnictwo prawne");
    s.wait_for("\"Legal counselling\" selected", |s| {
        selected_row(&s.rows()).as_deref() == Some("Legal counselling")
            && matches!(list_count(&s.text(), "Services"), Some((n, CATALOGUE)) if n < CATALOGUE)
    });

    // Enter refers the client to the selected service.
    s.send("\r");
    s.wait_for("the consultation form with the referral", |s| {
        let text = s.text();
        text.contains("New consultation") && text.contains("Legal counselling")
    });

    // The cursor is on the client code, the topic filled in from the
    // service; the notes are twelve fields down. Ctrl-S saves and comes back
    // to the search.
    s.send("SSH-5");
    s.wait_for("the client code", |s| s.text().contains("SSH-5"));
    for _ in 0..12 {
        s.send("\t");
    }
    s.send("Logged over SSH");
    s.wait_for("the notes", |s| s.text().contains("Logged over SSH"));
    s.send("\x13");
    s.wait_for("the saved message on the search", |s| {
        let text = s.text();
        !text.contains("New consultation")
            && text.contains("Saved SSH-5, referred to Legal counselling.")
            && footer(s).starts_with("F1")
    });

    // A resize reaches the far side (ssh sends window-change, sshd resizes
    // the remote terminal, pomost gets SIGWINCH and redraws).
    s.resize(120, 40);
    s.wait_for("the search redrawn at 120×40", |s| {
        drawn_at(s, 120, 40)
            && footer(s).starts_with("F1")
            && selected_row(&s.rows()).as_deref() == Some("Legal counselling")
    });

    s.send("\x11");
    let status = s.wait_exit();
    assert!(
        status.success(),
        "ssh ends with pomost's exit status: {status:?}\n{}",
        flat(&s.text())
    );
    assert!(
        sshd.log_text().contains("Accepted publickey for "),
        "the session went through our sshd:\n{}",
        sshd.log_text()
    );
    drop(sshd);

    // Exactly that consultation is in the database file.
    let conn =
        rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open the database");
    let count: i64 = conn
        .query_row("SELECT count(*) FROM consultation", [], |r| r.get(0))
        .expect("count");
    assert_eq!(count, 1, "one consultation was saved");
    drop(conn);
    let listed: serde_json::Value =
        serde_json::from_str(&cli(&db, &["consultations", "list", "--format", "json"]))
            .expect("consultations JSON");
    let rows = listed.as_array().expect("an array");
    assert_eq!(rows.len(), 1, "{listed:#}");
    let row = &rows[0];
    assert_eq!(row["client"], "SSH-5", "{row:#}");
    assert_eq!(row["topics"], serde_json::json!(["legal"]), "{row:#}");
    assert_eq!(row["referrals"], serde_json::json!([service_id]), "{row:#}");
    assert_eq!(row["notes"], "Logged over SSH", "{row:#}");
    assert_eq!(
        row["staff"],
        pomost::config::current_user().as_str(),
        "{row:#}"
    );
    assert_eq!(row["version"], 1, "{row:#}");
    // The far side ran on the test's clock (a shifted one too): the form's
    // default time is the test's today.
    let after = pomost::clock::Clock::system().today().to_string();
    let at = row["at"].as_str().expect("at");
    assert!(
        at.starts_with(&before) || at.starts_with(&after),
        "{at}, not on {before} or {after}"
    );
}
