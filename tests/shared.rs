//! `pomost init --shared GROUP`: permissions of the directory, the database
//! and SQLite's side files, so several Unix users of one group can work on it.

use std::ffi::CStr;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Output};

fn pomost(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(["--lang", "en"])
        .args(args)
        .arg("--db")
        .arg(db)
        .env_remove("POMOST_DB")
        // `init --shared` writes the system settings: in the test's folder,
        // never the machine's /etc.
        .env("POMOST_SYSTEM_CONFIG", settings(db))
        .output()
        .expect("run pomost")
}

/// The system settings file of the test whose database is `db`.
fn settings(db: &Path) -> std::path::PathBuf {
    db.parent()
        .and_then(Path::parent)
        .expect("the test's folder")
        .join("etc/pomost/pomost.toml")
}

/// The name and id of this process's group (every user has one).
fn own_group() -> (String, u32) {
    // SAFETY: getgrgid returns null or static storage read at once.
    unsafe {
        let gid = libc::getegid();
        let gr = libc::getgrgid(gid);
        assert!(!gr.is_null(), "this process's group has a name");
        (
            CStr::from_ptr((*gr).gr_name).to_string_lossy().into_owned(),
            gid,
        )
    }
}

#[test]
fn a_shared_database_is_group_writable_and_hidden_from_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("shared/pomost.db");
    let (group, gid) = own_group();
    let out = pomost(&db, &["init", "--shared", &group]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("ready for the group {group}")));
    // The system settings name the database and the group, for every run.
    let written = pomost::config::read_system(&settings(&db))
        .expect("readable")
        .expect("written");
    assert_eq!(written.database.as_deref(), Some(db.as_path()));
    assert_eq!(written.group.as_deref(), Some(group.as_str()));
    let mode = std::fs::metadata(settings(&db))
        .expect("settings")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o644);

    let folder = std::fs::metadata(db.parent().expect("dir")).expect("dir");
    assert_eq!(
        folder.permissions().mode() & 0o7777,
        0o2770,
        "setgid, group rwx, others nothing"
    );
    assert_eq!(folder.gid(), gid);
    let file = std::fs::metadata(&db).expect("db");
    assert_eq!(file.permissions().mode() & 0o777, 0o660);
    assert_eq!(file.gid(), gid);

    // While a process holds the database open, SQLite's side files exist; they
    // must be group-writable too (else the next user gets SQLITE_READONLY).
    let store = pomost::store::Store::open_existing(&db).expect("open");
    store
        .conn()
        .execute_batch("CREATE TEMP TABLE t (x); SELECT count(*) FROM topic;")
        .expect("read");
    for suffix in ["-wal", "-shm"] {
        let mut side = db.as_os_str().to_owned();
        side.push(suffix);
        let meta = std::fs::metadata(&side).expect("side file exists while open");
        assert_eq!(meta.permissions().mode() & 0o777, 0o660, "{suffix}");
        assert_eq!(meta.gid(), gid, "{suffix}");
    }
}

#[test]
fn an_unknown_group_is_refused_and_nothing_is_created() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("shared/pomost.db");
    let out = pomost(&db, &["init", "--shared", "no-such-group-pomost"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no group"));
    assert!(!db.parent().expect("dir").exists());
}

/// `pomost ARGS…` with the system settings in `settings`, `POMOST_DB` and
/// `XDG_CONFIG_HOME` as given, and no language from the environment.
fn pomost_with(settings: &Path, db_env: &Path, config_home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pomost"))
        .args(args)
        .env("POMOST_SYSTEM_CONFIG", settings)
        .env("POMOST_DB", db_env)
        .env("XDG_CONFIG_HOME", config_home)
        .env("LANG", "C.UTF-8")
        .env_remove("POMOST_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run pomost")
}

#[test]
fn settings_are_read_flag_then_system_then_environment_then_user() {
    let dir = tempfile::tempdir().expect("tempdir");
    let shared = dir.path().join("shared.db");
    let private = dir.path().join("private.db");
    let settings = dir.path().join("pomost.toml");
    let home = dir.path().join("config");
    for db in [&shared, &private] {
        let path = db.to_str().expect("path");
        let out = pomost_with(&settings, db, &home, &["--db", path, "init", "--empty"]);
        assert!(out.status.success());
    }
    let config = pomost::config::SystemConfig {
        database: Some(shared.clone()),
        ..Default::default()
    };
    pomost::config::write_system(&settings, &config).expect("settings");
    std::fs::create_dir_all(home.join("pomost")).expect("config");

    // The system settings come before $POMOST_DB …
    let out = pomost_with(&settings, &private, &home, &["--lang", "en", "init"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains(shared.to_str().expect("path")), "{said}");
    // … and --db before them.
    let out = pomost_with(
        &settings,
        &private,
        &home,
        &[
            "--lang",
            "en",
            "--db",
            private.to_str().expect("path"),
            "init",
        ],
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains(private.to_str().expect("path")), "{said}");

    // The user's settings choose the language, after --lang and $POMOST_LANG.
    std::fs::write(home.join("pomost/pomost.toml"), "lang = \"pl\"\n").expect("write");
    let out = pomost_with(&settings, &private, &home, &["init"]);
    let polish = String::from_utf8_lossy(&out.stdout).into_owned();
    let out = pomost_with(&settings, &private, &home, &["--lang", "en", "init"]);
    let english = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_ne!(polish, english);
    assert!(polish.contains("Baza"), "{polish}");

    // They may not name a database: the file is left out, with one sentence.
    std::fs::write(
        home.join("pomost/pomost.toml"),
        "database = \"/tmp/x.db\"\n",
    )
    .expect("write");
    let out = pomost_with(&settings, &private, &home, &["init"]);
    let warned = String::from_utf8_lossy(&out.stderr);
    assert!(warned.contains("cannot be used"), "{warned}");
    assert!(String::from_utf8_lossy(&out.stdout).contains(shared.to_str().expect("path")));
}
