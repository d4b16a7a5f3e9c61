"""Schema migrations, numbered by ``PRAGMA user_version``.

Never edit a migration that has shipped: add a new one at the end. Each runs in one transaction
together with the ``user_version`` bump, so a crash mid-way leaves the old version intact.
"""
from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: people cared for, settings, medicines, schedules, dose log, diary, plans.
    """
    CREATE TABLE recipients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        date_of_birth TEXT,
        kidney_reduced INTEGER NOT NULL DEFAULT 0,
        prescriber TEXT NOT NULL DEFAULT '',
        emergency_contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        is_demo INTEGER NOT NULL DEFAULT 0,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE medicines (
        id INTEGER PRIMARY KEY,
        recipient_id INTEGER NOT NULL REFERENCES recipients(id),
        name TEXT NOT NULL,
        form TEXT NOT NULL CHECK (form IN ('tablet', 'oral_solution', 'granules', 'intrathecal', 'other')),
        strength_mg REAL,
        concentration_mg_per_ml REAL,
        instructions TEXT NOT NULL DEFAULT '',
        prescriber TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        stop_date TEXT,
        stock_on_hand REAL,
        refill_threshold_days INTEGER,
        pump_refill_date TEXT,
        pump_alarm_date TEXT,
        pump_remind_days TEXT NOT NULL DEFAULT '7,2',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX medicines_recipient ON medicines(recipient_id);
    CREATE TABLE schedules (
        id INTEGER PRIMARY KEY,
        medicine_id INTEGER NOT NULL REFERENCES medicines(id),
        kind TEXT NOT NULL CHECK (kind IN ('fixed', 'interval', 'weekdays', 'prn')),
        spec TEXT NOT NULL,
        tz TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX schedules_medicine ON schedules(medicine_id);
    CREATE TABLE dose_log (
        id INTEGER PRIMARY KEY,
        recipient_id INTEGER NOT NULL REFERENCES recipients(id),
        medicine_id INTEGER NOT NULL REFERENCES medicines(id),
        schedule_id INTEGER REFERENCES schedules(id),
        slot TEXT,
        due_at TEXT,
        dose_mg REAL NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('taken', 'skipped', 'missed')),
        taken_at TEXT,
        recorded_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        replaces_id INTEGER REFERENCES dose_log(id),
        edit_reason TEXT NOT NULL DEFAULT '',
        superseded INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX dose_log_recipient_time ON dose_log(recipient_id, COALESCE(taken_at, due_at, recorded_at));
    CREATE UNIQUE INDEX dose_log_one_per_slot ON dose_log(schedule_id, slot)
        WHERE slot IS NOT NULL AND superseded = 0;
    CREATE TABLE diary_entries (
        id INTEGER PRIMARY KEY,
        recipient_id INTEGER NOT NULL REFERENCES recipients(id),
        entry_at TEXT NOT NULL,
        psfs_frequency INTEGER CHECK (psfs_frequency BETWEEN 0 AND 4),
        psfs_severity INTEGER CHECK (psfs_severity BETWEEN 1 AND 3),
        spasticity INTEGER CHECK (spasticity BETWEEN 0 AND 10),
        pain INTEGER CHECK (pain BETWEEN 0 AND 10),
        sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24),
        sleep_wakeups INTEGER CHECK (sleep_wakeups >= 0),
        side_effects TEXT NOT NULL DEFAULT '[]',
        side_effects_other TEXT NOT NULL DEFAULT '',
        sedatives INTEGER NOT NULL DEFAULT 0,
        stretching INTEGER NOT NULL DEFAULT 0,
        red_flags TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE INDEX diary_recipient_time ON diary_entries(recipient_id, entry_at);
    CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        recipient_id INTEGER NOT NULL REFERENCES recipients(id),
        medicine_id INTEGER NOT NULL REFERENCES medicines(id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('titration', 'taper')),
        source_note TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 0,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE plan_steps (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        start_date TEXT NOT NULL,
        days INTEGER NOT NULL CHECK (days >= 1),
        doses TEXT NOT NULL,
        UNIQUE (plan_id, seq)
    );
    """,
    # 2: reminder events (shown / snoozed / dismissed), kept apart from the dose log's answers.
    """
    CREATE TABLE reminder_events (
        id INTEGER PRIMARY KEY,
        schedule_id INTEGER NOT NULL REFERENCES schedules(id),
        slot TEXT NOT NULL,
        due_at TEXT NOT NULL,
        event TEXT NOT NULL CHECK (event IN ('shown', 'snoozed', 'dismissed')),
        at TEXT NOT NULL,
        snooze_until TEXT
    );
    CREATE INDEX reminder_events_slot ON reminder_events(schedule_id, slot);
    """,
    # 3: one word for the people cared for, in the code and the data alike: "recipients" becomes "people" and
    # each "recipient_id" becomes "person_id" (references and indexes follow the rename). An export made with an
    # older schema is read with the old names (storage/importer.py).
    """
    ALTER TABLE recipients RENAME TO people;
    ALTER TABLE medicines RENAME COLUMN recipient_id TO person_id;
    ALTER TABLE dose_log RENAME COLUMN recipient_id TO person_id;
    ALTER TABLE diary_entries RENAME COLUMN recipient_id TO person_id;
    ALTER TABLE plans RENAME COLUMN recipient_id TO person_id;
    DROP INDEX medicines_recipient;
    CREATE INDEX medicines_person ON medicines(person_id);
    DROP INDEX dose_log_recipient_time;
    CREATE INDEX dose_log_person_time ON dose_log(person_id, COALESCE(taken_at, due_at, recorded_at));
    DROP INDEX diary_recipient_time;
    CREATE INDEX diary_person_time ON diary_entries(person_id, entry_at);
    """,
    # 4: the active ingredient as its own field, so the baclofen checks (the missed-dose rule, 80 mg a day,
    # running out) never hang on how the name was typed; the medicines already there are read from their name
    # (baclofen and its brand names). And a dose left out as the missed-dose rule advises is told apart from one
    # not taken, for the appointment summary.
    """
    ALTER TABLE medicines ADD COLUMN ingredient TEXT NOT NULL DEFAULT 'other'
        CHECK (ingredient IN ('baclofen', 'other'));
    UPDATE medicines SET ingredient = 'baclofen'
        WHERE lower(name) LIKE '%baclofen%' OR lower(name) LIKE '%lioresal%' OR lower(name) LIKE '%ozobax%'
           OR lower(name) LIKE '%fleqsuvy%' OR lower(name) LIKE '%lyvispah%' OR lower(name) LIKE '%gablofen%';
    ALTER TABLE dose_log ADD COLUMN left_out INTEGER NOT NULL DEFAULT 0 CHECK (left_out IN (0, 1));
    """,
    # 5 (dose-change companion): a diary entry can be the answer to a watch period's daily check-in (``checkin``:
    # the period's key; ``checkin_day``: the local day asked about; one answer a person a day); each person has
    # their own length of a period after a change of dose (0: no check-ins) and time of day for it (NULL: with
    # the last dose of the day); what changed a dose and would otherwise be lost when a record is edited in
    # place (a schedule's daily total, a medicine stopped, a plan archived part-way, stock run out, a pump refill)
    # is kept in ``watch_events``. The periods themselves are computed, never stored.
    """
    ALTER TABLE diary_entries ADD COLUMN checkin TEXT CHECK (checkin IS NULL OR length(checkin) <= 100);
    ALTER TABLE diary_entries ADD COLUMN checkin_day TEXT;
    CREATE UNIQUE INDEX diary_one_checkin_a_day ON diary_entries(person_id, checkin_day)
        WHERE checkin_day IS NOT NULL AND deleted_at IS NULL;
    ALTER TABLE people ADD COLUMN checkin_days INTEGER NOT NULL DEFAULT 7 CHECK (checkin_days BETWEEN 0 AND 28);
    ALTER TABLE people ADD COLUMN checkin_time TEXT;
    CREATE TABLE watch_events (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id),
        medicine_id INTEGER REFERENCES medicines(id),
        day TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('rise', 'reduction', 'stock_out', 'refill')),
        mg_before REAL,
        mg_after REAL,
        what TEXT NOT NULL DEFAULT '' CHECK (length(what) <= 500),
        created_at TEXT NOT NULL
    );
    CREATE INDEX watch_events_person_day ON watch_events(person_id, day);
    """,
]

LATEST_VERSION = len(MIGRATIONS)
