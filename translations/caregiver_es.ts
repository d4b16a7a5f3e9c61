<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>storage.backup</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n diary entries</source>
        <extracomment>English singular: %n diary entry</extracomment>
        <translation>
            <numerusform>%n anotación del diario</numerusform>
            <numerusform>%n anotaciones del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n doses</source>
        <extracomment>English singular: %n dose</extracomment>
        <translation>
            <numerusform>%n dosis</numerusform>
            <numerusform>%n dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n people</source>
        <extracomment>English singular: %n person</extracomment>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>%n record(s) refer to records that do not exist (first: {table} row {row} -&gt; {parent})</source>
        <extracomment>English singular: %n record(s) refer to records that do not exist (first: {table} row {row} -&gt; {parent})</extracomment>
        <translation>
            <numerusform>%n registro remite a registros que no existen (el primero: {table} fila {row} -&gt; {parent})</numerusform>
            <numerusform>%n registros remiten a registros que no existen (el primero: {table} fila {row} -&gt; {parent})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>? diary entries</source>
        <translation>? anotaciones del diario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>? doses</source>
        <translation>? dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>? people</source>
        <translation>? personas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>That backup cannot be restored: {problem}. Nothing was changed.</source>
        <translation>Esa copia de seguridad no se puede restaurar: {problem}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>That is the live data file itself; nothing was changed.</source>
        <translation>Ese es el propio archivo de datos en uso; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>That is the live data file itself; please choose another name for the backup.</source>
        <translation>Ese es el propio archivo de datos en uso; elija otro nombre para la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup failed ({error}). Your data itself is unchanged.</source>
        <translation>La copia de seguridad ha fallado ({error}). Sus datos siguen igual.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup failed: the disk is full. Free some space and try again. Your data itself is unchanged.</source>
        <translation>La copia de seguridad ha fallado: el disco está lleno. Libere espacio y vuelva a intentarlo. Sus datos siguen igual.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup failed: the folder cannot be written to (read-only or no permission). Your data itself is unchanged.</source>
        <translation>La copia de seguridad ha fallado: no se puede escribir en la carpeta (es de solo lectura o no hay permiso). Sus datos siguen igual.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup folder {folder} cannot be read: {error}.</source>
        <translation>No se puede leer la carpeta de copias de seguridad {folder}: {error}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was made but did not pass its check ({problem}); it was not kept. Your data itself is unchanged.</source>
        <translation>La copia de seguridad se hizo, pero no pasó la comprobación ({problem}); no se ha guardado. Sus datos siguen igual.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was made, but old backups could not be removed: {files}</source>
        <translation>La copia de seguridad se hizo, pero no se pudieron borrar copias antiguas: {files}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: the folder {folder} does not exist.</source>
        <translation>No se hizo la copia de seguridad: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: {error}</source>
        <translation>No se hizo la copia de seguridad: {error}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: {path} already exists.</source>
        <translation>No se hizo la copia de seguridad: {path} ya existe.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The backup was not made: {path} is a folder.</source>
        <translation>No se hizo la copia de seguridad: {path} es una carpeta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore did not start: the data file is busy ({error}). Nothing was changed.</source>
        <translation>La restauración no ha empezado: el archivo de datos está ocupado ({error}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore did not start: the data file is in use by another program (close it and try again). Nothing was changed.</source>
        <translation>La restauración no ha empezado: otro programa está usando el archivo de datos (ciérrelo y vuelva a intentarlo). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore failed ({error}). Your data itself is unchanged.</source>
        <translation>La restauración ha fallado ({error}). Sus datos siguen igual.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore failed: the disk is full. Free some space and try again. Your data itself is unchanged.</source>
        <translation>La restauración ha fallado: el disco está lleno. Libere espacio y vuelva a intentarlo. Sus datos siguen igual.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restore failed: the folder cannot be written to (read-only or no permission). Your data itself is unchanged.</source>
        <translation>La restauración ha fallado: no se puede escribir en la carpeta (es de solo lectura o no hay permiso). Sus datos siguen igual.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>The restored copy did not pass its check ({problem}); nothing was changed.</source>
        <translation>La copia restaurada no pasó la comprobación ({problem}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>This store has no file to restore into.</source>
        <translation>Estos datos no tienen un archivo en el que restaurar.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>cannot be used: {problem}</source>
        <translation>no se puede usar: {problem}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it cannot be read ({error})</source>
        <translation>no se puede leer ({error})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it holds no Caregiver Assistant data</source>
        <translation>no contiene datos de Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it is not a Caregiver Assistant data file</source>
        <translation>no es un archivo de datos de Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>it was made by a newer version of the app (data format {version})</source>
        <translation>lo hizo una versión más nueva de la aplicación (formato de datos {version})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>the file is missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>the integrity check failed ({details})</source>
        <translation>ha fallado la comprobación de integridad ({details})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>{count} diary entries</source>
        <translation>{count} anotaciones del diario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>{count} doses</source>
        <translation>{count} dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/backup.py"/>
        <source>{count} people</source>
        <translation>{count} personas</translation>
    </message>
</context>
<context>
    <name>storage.csv_export</name>
    <message>
        <location filename="../src/caregiver_app/storage/csv_export.py"/>
        <source>{folder} is a file; please give a folder for the CSV files.</source>
        <translation>{folder} es un archivo; indique una carpeta para los archivos CSV.</translation>
    </message>
</context>
<context>
    <name>storage.db</name>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>Saving failed ({error}). Nothing of this change was saved; earlier data is safe.</source>
        <translation>No se pudo guardar ({error}). No se ha guardado nada de este cambio; los datos anteriores están a salvo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file is busy in another program. Please try again in a moment; nothing was saved.</source>
        <translation>Otro programa está usando el archivo de datos. Vuelva a intentarlo dentro de un momento; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file {path} cannot be opened for writing: {error}.</source>
        <translation>No se puede abrir el archivo de datos {path} para escribir en él: {error}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file {path} cannot be read: {reason}. It has been left exactly as it is, so nothing more is lost.</source>
        <translation>No se puede leer el archivo de datos {path}: {reason}. Se ha dejado exactamente como estaba, para que no se pierda nada más.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data file {path} was written by a newer version of Caregiver Assistant (data format {found}; this version understands up to {latest}). It has not been changed. Please install the newer version to open it.</source>
        <translation>El archivo de datos {path} lo escribió una versión más nueva de Caregiver Assistant (formato de datos {found}; esta versión entiende hasta el {latest}). No se ha cambiado. Instale la versión más nueva para abrirlo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data folder cannot be written to (it is read-only), so this could not be saved. Nothing earlier was lost.</source>
        <translation>No se puede escribir en la carpeta de datos (es de solo lectura), así que esto no se ha podido guardar. No se ha perdido nada de antes.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The data folder {folder} is read-only, so Caregiver Assistant cannot save anything there. Nothing was changed. Make it writable, or choose another folder with --data-dir.</source>
        <translation>La carpeta de datos {folder} es de solo lectura, así que Caregiver Assistant no puede guardar nada en ella. No se ha cambiado nada. Permita escribir en ella, o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>The disk is full, so this could not be saved. Free some space and try again; nothing earlier was lost.</source>
        <translation>El disco está lleno, así que esto no se ha podido guardar. Libere espacio y vuelva a intentarlo; no se ha perdido nada de antes.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>a value is nested too deeply.</source>
        <translation>un valor está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>it is not a Caregiver Assistant data file (not an SQLite database)</source>
        <translation>no es un archivo de datos de Caregiver Assistant (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>the integrity check failed ({details})</source>
        <translation>ha fallado la comprobación de integridad ({details})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/db.py"/>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
</context>
<context>
    <name>storage.diary</name>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>Choose the person this entry is for.</source>
        <translation>Elija la persona de esta anotación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>No diary entry with id {id}</source>
        <translation>No hay ninguna anotación del diario con id {id}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The check-in of {day} has already been answered (perhaps from another window). Nothing was changed; the answer is in the diary.</source>
        <translation>El control del {day} ya se ha respondido (quizá desde otra ventana). No se ha cambiado nada; la respuesta está en el diario.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are nested too deeply.</source>
        <translation>Las señales de alarma están anidadas a demasiada profundidad.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are not a list of the app&apos;s names.</source>
        <translation>Las señales de alarma no son una lista de nombres de la aplicación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are not valid JSON.</source>
        <translation>Las señales de alarma no son JSON válido.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are too long ({count} characters; the app writes at most {most}).</source>
        <translation>Las señales de alarma son demasiado largas ({count} caracteres; la aplicación escribe como mucho {most}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The day of the check-in ({day}) is not a real date.</source>
        <translation>El día del control ({day}) no es una fecha que exista.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The day of the check-in is not a date like 2026-05-31.</source>
        <translation>El día del control no es una fecha como 2026-05-31.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are nested too deeply.</source>
        <translation>Los efectos secundarios están anidados a demasiada profundidad.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are not a list of the app&apos;s names.</source>
        <translation>Los efectos secundarios no son una lista de nombres de la aplicación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are not valid JSON.</source>
        <translation>Los efectos secundarios no son JSON válido.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The side effects are too long ({count} characters; the app writes at most {most}).</source>
        <translation>Los efectos secundarios son demasiado largos ({count} caracteres; la aplicación escribe como mucho {most}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are nested too deeply.</source>
        <translation>La lista de {what} está anidada a demasiada profundidad.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are not a list of the app&apos;s names.</source>
        <translation>La lista de {what} no es una lista de nombres de la aplicación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are not valid JSON.</source>
        <translation>La lista de {what} no es JSON válido.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The {what} are too long ({count} characters; the app writes at most {most}).</source>
        <translation>La lista de {what} es demasiado larga ({count} caracteres; la aplicación escribe como mucho {most}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>a value cannot be read</source>
        <translation>no se puede leer un valor</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>its time cannot be read</source>
        <translation>no se puede leer su hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>its time is not between 1900 and 2100</source>
        <translation>su hora no está entre 1900 y 2100</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>the check-in it answers is not one the app knows</source>
        <translation>el control al que responde no es uno que la aplicación conozca</translation>
    </message>
</context>
<context>
    <name>storage.doses</name>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A correction must say why it was made.</source>
        <translation>Una corrección tiene que decir por qué se hizo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A dose taken needs the time it was taken.</source>
        <translation>Una dosis tomada necesita la hora a la que se tomó.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A scheduled dose needs its schedule and its due time.</source>
        <translation>Una dosis programada necesita su horario y la hora que le toca.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>A withdrawn answer is no longer the dose&apos;s answer (superseded).</source>
        <translation>Una respuesta retirada ya no es la respuesta de la dosis (reemplazada).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Choose taken, skipped or missed.</source>
        <translation>Elija tomada, saltada u olvidada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>No dose entry {id}</source>
        <translation>No hay ninguna anotación de dosis {id}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only a dose taken has a time it was taken.</source>
        <translation>Solo una dosis tomada tiene la hora a la que se tomó.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only a scheduled dose not taken can be left out as advised.</source>
        <translation>Solo una dosis programada que no se tomó puede dejarse sin tomar como se aconsejó.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only a withdrawn answer says why it was withdrawn.</source>
        <translation>Solo una respuesta retirada dice por qué se retiró.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Only the newest version of an answer can be withdrawn.</source>
        <translation>Solo se puede retirar la versión más reciente de una respuesta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>Reason for withdrawing</source>
        <translation>Motivo para retirarla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>The dose&apos;s slot is not a day and time like 2026-01-31T08:00.</source>
        <translation>El momento de la dosis no es un día y una hora como 2026-01-31T08:00.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>The time taken is in the future.</source>
        <translation>La hora a la que se tomó es en el futuro.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>This answer was withdrawn; the dose can be answered again on Today or in the missed-doses list.</source>
        <translation>Esta respuesta se retiró; la dosis se puede volver a responder en Hoy o en la lista de dosis olvidadas.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>This dose already has an answer in the log. To change it, edit the entry in the dose history (the original is kept).</source>
        <translation>Esta dosis ya tiene una respuesta anotada. Para cambiarla, edite la anotación en el historial de dosis (la original se guarda).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>This entry was already corrected; edit the newest version.</source>
        <translation>Esta anotación ya se corrigió; edite la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>When was it taken?</source>
        <translation>¿Cuándo se tomó?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>a time cannot be read ({error})</source>
        <translation>no se puede leer una hora ({error})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>the dose or its state is not one the app records</source>
        <translation>la dosis o su estado no es uno que la aplicación anote</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>the dose or its time is not one the app records</source>
        <translation>la dosis o su hora no es una que la aplicación anote</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/doses.py"/>
        <source>the snooze time cannot be read</source>
        <translation>no se puede leer la hora hasta la que se pospuso</translation>
    </message>
</context>
<context>
    <name>storage.export</name>
    <message>
        <location filename="../src/caregiver_app/storage/export.py"/>
        <source>The data is more than {size} MB as an export file, more than an import reads (the two agree, so an export always imports back). To move all of it, make a backup instead (&apos;caregiver-app backup -o FILE&apos;, or File &gt; Back up now…) and restore it on the other computer.</source>
        <translation>Como archivo de exportación, los datos ocupan más de {size} MB, más de lo que lee una importación (las dos coinciden, para que una exportación siempre se pueda volver a importar). Para llevarlos todos, haga mejor una copia de seguridad (&apos;caregiver-app backup -o FILE&apos;, o Archivo &gt; Hacer una copia de seguridad ahora…) y restáurela en el otro ordenador.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/export.py"/>
        <source>{table} row {row}, {field}: binary data cannot be exported.</source>
        <translation>{table} fila {row}, {field}: los datos binarios no se pueden exportar.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/export.py"/>
        <source>{table} row {row}, {field}: the value {value} cannot be written in JSON.</source>
        <translation>{table} fila {row}, {field}: el valor {value} no se puede escribir en JSON.</translation>
    </message>
</context>
<context>
    <name>storage.files</name>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>Could not write {path}: {reason}.</source>
        <translation>No se pudo escribir {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/files.py"/>
        <source>{path} is a folder; please give a file name.</source>
        <translation>{path} es una carpeta; indique un nombre de archivo.</translation>
    </message>
</context>
<context>
    <name>storage.importer</name>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;format_version&quot; is missing or not a whole number.</source>
        <translation>Falta &quot;format_version&quot; o no es un número entero.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;schema_version&quot; is missing or not a whole number of at least 1.</source>
        <translation>Falta &quot;schema_version&quot; o no es un número entero de 1 o más.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;tables&quot; is missing or is not an object.</source>
        <translation>Falta &quot;tables&quot; o no es un objeto.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>&quot;{field}&quot; must be text, found {kind}.</source>
        <translation>&quot;{field}&quot; tiene que ser texto, y es {kind}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file contains {name}, which is not a valid number in this format.</source>
        <translation>El archivo contiene {name}, que no es un número válido en este formato.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file has the key &quot;{key}&quot; twice in one object; it may have been edited by hand.</source>
        <translation>El archivo tiene la clave &quot;{key}&quot; dos veces en un mismo objeto; puede que se haya editado a mano.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file holds {kind} at the top, not a Caregiver Assistant export.</source>
        <translation>El archivo contiene {kind} en el nivel superior, no una exportación de Caregiver Assistant.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} cannot be read: {error}.</source>
        <translation>No se puede leer el archivo {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} is empty.</source>
        <translation>El archivo {name} está vacío.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} is larger than {most} MB.</source>
        <translation>El archivo {name} ocupa más de {most} MB.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>The file {name} is {size} MB; the largest export this app imports is {most} MB. It is probably not a Caregiver Assistant export.</source>
        <translation>El archivo {name} ocupa {size} MB; la exportación más grande que importa esta aplicación es de {most} MB. Probablemente no es una exportación de Caregiver Assistant.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>There is no file {name}.</source>
        <translation>No existe el archivo {name}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>This data folder already holds data. Choose --merge to add the file&apos;s records to it, or --replace to replace everything with the file.</source>
        <translation>Esta carpeta de datos ya contiene datos. Elija --merge para añadirle los registros del archivo, o --replace para sustituirlo todo por el archivo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>This is not a Caregiver Assistant export (the &quot;format&quot; field is missing or says something else).</source>
        <translation>Esto no es una exportación de Caregiver Assistant (falta el campo &quot;format&quot; o dice otra cosa).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Unknown field at the top of the file: &quot;{field}&quot;.</source>
        <translation>Campo desconocido en el nivel superior del archivo: &quot;{field}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Unknown table &quot;{table}&quot; in &quot;tables&quot;: the file does not match this version of the app.</source>
        <translation>Tabla desconocida &quot;{table}&quot; en &quot;tables&quot;: el archivo no corresponde a esta versión de la aplicación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Wrong version: the file is in export format version {found}; this version of the app reads version {version}.</source>
        <translation>Versión equivocada: el archivo está en la versión {found} del formato de exportación; esta versión de la aplicación lee la versión {version}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Wrong version: the file is in export format version {found}; this version of the app reads version {version}. Please use the newer app.</source>
        <translation>Versión equivocada: el archivo está en la versión {found} del formato de exportación; esta versión de la aplicación lee la versión {version}. Use la aplicación más nueva.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>Wrong version: the file was made by a newer version of the app (data format {found}; this version understands up to {latest}). Please use the newer app.</source>
        <translation>Versión equivocada: el archivo lo hizo una versión más nueva de la aplicación (formato de datos {found}; esta versión entiende hasta el {latest}). Use la aplicación más nueva.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a UTC time like 2026-01-31T08:00:00Z, found &quot;{value}&quot;.</source>
        <translation>se esperaba una hora UTC como 2026-01-31T08:00:00Z, y hay &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a date like 2026-01-31, found &quot;{value}&quot;.</source>
        <translation>se esperaba una fecha como 2026-01-31, y hay &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a number or text, found {kind}.</source>
        <translation>se esperaba un número o un texto, y hay {kind}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a number, found {kind}.</source>
        <translation>se esperaba un número, y hay {kind}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a time of day like 20:00, found &quot;{value}&quot;.</source>
        <translation>se esperaba una hora del día como 20:00, y hay &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected a whole number, found {kind}.</source>
        <translation>se esperaba un número entero, y hay {kind}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>expected text, found {kind}.</source>
        <translation>se esperaba texto, y hay {kind}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>must not be null.</source>
        <translation>no puede ser null.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>tables.{table} must be a list of rows, found {kind}.</source>
        <translation>tables.{table} tiene que ser una lista de filas, y es {kind}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the number is not finite.</source>
        <translation>el número no es finito.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the number is too large.</source>
        <translation>el número es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the text contains a NUL character.</source>
        <translation>el texto contiene un carácter NUL.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the text contains an invalid character (a lone surrogate).</source>
        <translation>el texto contiene un carácter no válido (un sustituto suelto).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>the text is too long ({count} characters; at most {most}).</source>
        <translation>el texto es demasiado largo ({count} caracteres; como mucho {most}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} cannot be read: {error}.</source>
        <translation>No se puede leer {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} ends too early (line {line}, column {column}): it is probably truncated, for example an incomplete copy.</source>
        <translation>{name} termina antes de tiempo (línea {line}, columna {column}): probablemente está cortado, por ejemplo una copia incompleta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is a folder, not an export file.</source>
        <translation>{name} es una carpeta, no un archivo de exportación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is nested too deeply to be an export.</source>
        <translation>{name} está anidado a demasiada profundidad para ser una exportación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is not UTF-8 text (bad byte at position {position}); it is not a Caregiver Assistant export, or it is damaged.</source>
        <translation>{name} no es texto UTF-8 (byte incorrecto en la posición {position}); no es una exportación de Caregiver Assistant, o está dañado.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{name} is not valid JSON: {error} at line {line}, column {column} (character {position}).</source>
        <translation>{name} no es JSON válido: {error} en la línea {line}, columna {column} (carácter {position}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{table} row {row} refers to a missing {parent} row.</source>
        <translation>{table} fila {row} remite a una fila de {parent} que no existe.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}, field &quot;{field}&quot;: refers to {table} {column} {value}, which is not in the file (dangling reference).</source>
        <translation>{where}, campo &quot;{field}&quot;: remite a {table} {column} {value}, que no está en el archivo (referencia suelta).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}, field &quot;{field}&quot;: {problem}</source>
        <translation>{where}, campo &quot;{field}&quot;: {problem}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: a row must be an object, found {kind}.</source>
        <translation>{where}: una fila tiene que ser un objeto, y es {kind}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: a value cannot be stored ({error}).</source>
        <translation>{where}: un valor no se puede guardar ({error}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: breaks a rule of the data ({error}).</source>
        <translation>{where}: no cumple una regla de los datos ({error}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: duplicate {key} (also in tables.{table}[{index}]).</source>
        <translation>{where}: {key} repetido (también en tables.{table}[{index}]).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: the field &quot;{field}&quot; is missing.</source>
        <translation>{where}: falta el campo &quot;{field}&quot;.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/importer.py"/>
        <source>{where}: unknown field &quot;{field}&quot;.</source>
        <translation>{where}: campo desconocido &quot;{field}&quot;.</translation>
    </message>
</context>
<context>
    <name>storage.medicines</name>
    <message>
        <location filename="../src/caregiver_app/storage/medicines.py"/>
        <source>No medicine with id {id}</source>
        <translation>No hay ningún medicamento con id {id}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/medicines.py"/>
        <source>The pump reminder days are not a list of days like 7,2.</source>
        <translation>Los días de aviso de la bomba no son una lista de días como 7,2.</translation>
    </message>
</context>
<context>
    <name>storage.people</name>
    <message>
        <location filename="../src/caregiver_app/storage/people.py"/>
        <source>No person with id {id}</source>
        <translation>No hay ninguna persona con id {id}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/people.py"/>
        <source>The check-in time is not a time of day like 20:00.</source>
        <translation>La hora del control no es una hora del día como 20:00.</translation>
    </message>
</context>
<context>
    <name>storage.plans</name>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are nested too deeply.</source>
        <translation>Las dosis de un paso están anidadas a demasiada profundidad.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are not a list of times and doses like [&quot;08:00&quot;, 5].</source>
        <translation>Las dosis de un paso no son una lista de horas y dosis como [&quot;08:00&quot;, 5].</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are not a list of times and doses.</source>
        <translation>Las dosis de un paso no son una lista de horas y dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are not valid JSON.</source>
        <translation>Las dosis de un paso no son JSON válido.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses are too long ({count} characters; the app writes at most {most}).</source>
        <translation>Las dosis de un paso son demasiado largas ({count} caracteres; la aplicación escribe como mucho {most}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s doses have a time that is not one ({error}).</source>
        <translation>Las dosis de un paso tienen una hora que no es válida ({error}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s number of days is not a whole number.</source>
        <translation>El número de días de un paso no es un número entero.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>A step&apos;s start is not a date like 2026-01-31.</source>
        <translation>El inicio de un paso no es una fecha como 2026-01-31.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>No plan with id {id}</source>
        <translation>No hay ningún plan con id {id}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/plans.py"/>
        <source>Please choose one of this person&apos;s medicines.</source>
        <translation>Elija uno de los medicamentos de esta persona.</translation>
    </message>
</context>
<context>
    <name>storage.rules</name>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>A correction must be of the same person&apos;s dose of the same medicine.</source>
        <translation>Una corrección tiene que ser de una dosis de la misma persona y del mismo medicamento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>A snooze needs the time it ends.</source>
        <translation>Posponer necesita la hora a la que termina.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>A step&apos;s number must be a whole number from 1.</source>
        <translation>El número de un paso tiene que ser un número entero desde 1.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>Its medicine {id} belongs to another person ({owner}), not to person {person}.</source>
        <translation>Su medicamento {id} es de otra persona ({owner}), no de la persona {person}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>Its medicine {id} belongs to another person, not to person {person}.</source>
        <translation>Su medicamento {id} es de otra persona, no de la persona {person}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The dose&apos;s slot is not a day and time like 2026-01-31T08:00.</source>
        <translation>El momento de la dosis no es un día y una hora como 2026-01-31T08:00.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The medicine {id} is another person&apos;s.</source>
        <translation>El medicamento {id} es de otra persona.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The schedule {id} is another medicine&apos;s.</source>
        <translation>El horario {id} es de otro medicamento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>The time taken is in the future.</source>
        <translation>La hora a la que se tomó es en el futuro.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>must be 0 or 1 (no or yes).</source>
        <translation>tiene que ser 0 o 1 (no o sí).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{value} is not a real date.</source>
        <translation>{value} no es una fecha que exista.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{value} is not a real time.</source>
        <translation>{value} no es una hora que exista.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{value} is not between {first} and {last}.</source>
        <translation>{value} no está entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/rules.py"/>
        <source>{where}, field &quot;{field}&quot;: {problem}</source>
        <translation>{where}, campo &quot;{field}&quot;: {problem}</translation>
    </message>
</context>
<context>
    <name>storage.schedules</name>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are nested too deeply.</source>
        <translation>Los detalles del horario están anidados a demasiada profundidad.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are not JSON text.</source>
        <translation>Los detalles del horario no son texto JSON.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are not a JSON object.</source>
        <translation>Los detalles del horario no son un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are not valid JSON.</source>
        <translation>Los detalles del horario no son JSON válido.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/schedules.py"/>
        <source>The schedule details are too long ({count} characters; the app writes at most {most}).</source>
        <translation>Los detalles del horario son demasiado largos ({count} caracteres; la aplicación escribe como mucho {most}).</translation>
    </message>
</context>
<context>
    <name>storage.settings</name>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>The value is nested too deeply.</source>
        <translation>El valor está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>The value is not JSON text.</source>
        <translation>El valor no es texto JSON.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>The value is not valid JSON.</source>
        <translation>El valor no es JSON válido.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>the value is nested too deeply.</source>
        <translation>el valor está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>the value is not JSON text.</source>
        <translation>el valor no es texto JSON.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/settings.py"/>
        <source>the value is not valid JSON.</source>
        <translation>el valor no es JSON válido.</translation>
    </message>
</context>
<context>
    <name>storage.watch</name>
    <message>
        <location filename="../src/caregiver_app/storage/watch.py"/>
        <source>The day of the event is not a date like 2026-05-31.</source>
        <translation>El día del suceso no es una fecha como 2026-05-31.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/watch.py"/>
        <source>The day of the event is not a real date.</source>
        <translation>El día del suceso no es una fecha que exista.</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
