<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ui.backup_dialogs</name>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>A checked copy of your data was saved to:
{path}

Keep it somewhere safe, for example on a USB stick.</source>
        <translation>Se guardó una copia comprobada de sus datos en:
{path}

Guárdela en un sitio seguro, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup failed: {reason}</source>
        <translation>La copia de seguridad falló: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup made at {time}.</source>
        <translation>Copia de seguridad hecha a las {time}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup not made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup not made: {reason}</source>
        <translation>No se hizo la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup saved</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup saved to {path}.</source>
        <translation>Copia de seguridad guardada en {path}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backups cannot be listed</source>
        <translation>No se pueden mostrar las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Caregiver Assistant backups ({patterns})</source>
        <translation>Copias de seguridad de Caregiver Assistant ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Choose the backup to go back to. Everything entered after it was made is replaced by the backup. Your data as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Elija la copia de seguridad a la que quiere volver. Todo lo que se anotó después de hacerla se sustituye por la copia. Antes se hace una copia de sus datos tal como están ahora, así que también se puede deshacer la restauración.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Diary entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Go back to the backup made {when}? It holds {contents}.

Everything entered since then is replaced. Your data as it is now is backed up first, so you can return to it by restoring that backup (marked “before a restore”).

The app restarts its window to show the restored data.</source>
        <translation>¿Volver a la copia de seguridad hecha el {when}? Contiene {contents}.

Todo lo que se anotó desde entonces se sustituye. Antes se hace una copia de sus datos tal como están ahora, así que puede volver a ellos restaurando esa copia (marcada “antes de restaurar”).

La aplicación vuelve a abrir su ventana para mostrar los datos restaurados.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Other choices…</source>
        <translation>Otras opciones…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurar desde un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup file elsewhere</source>
        <translation>Restaurar desde un archivo de copia de seguridad guardado en otro sitio</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore the newest good backup?</source>
        <translation>¿Restaurar la copia de seguridad en buen estado más reciente?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad elegida</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The backup failed ({reason}). Your data itself is unchanged.</source>
        <translation>La copia de seguridad falló ({reason}). Sus datos no han cambiado.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The restore did not happen: {reason}

Your data is as it was before.</source>
        <translation>No se hizo la restauración: {reason}

Sus datos están como antes.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>There are no backups yet. The app makes one each time it starts and once a day.</source>
        <translation>Todavía no hay copias de seguridad. La aplicación hace una cada vez que se abre y una vez al día.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>This backup cannot be restored</source>
        <translation>Esta copia de seguridad no se puede restaurar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Your data was restored from the backup made {when} ({contents}).

The damaged file was kept as:
{file}</source>
        <translation>Sus datos se restauraron desde la copia de seguridad hecha el {when} ({contents}).

El archivo dañado se guardó como:
{file}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Your data was restored from the backup made {when} ({contents}).

Your data as it was just before is kept in the backup:
{file}</source>
        <translation>Sus datos se restauraron desde la copia de seguridad hecha el {when} ({contents}).

Sus datos tal como estaban justo antes se guardan en la copia:
{file}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>before a restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>before an import</source>
        <translation>antes de importar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{date} {year}, {time}</source>
        <translation>{date} {year}, {time}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{file} {problem}.

Nothing was changed. Choose another backup.</source>
        <translation>{file} {problem}.

No se cambió nada. Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{problem}

The newest backup that passes its check was made {when} and holds {contents}. Restore it? Anything entered after it was made is not in it. The damaged file is kept beside the data file (renamed), so it can still be rescued later.</source>
        <translation>{problem}

La copia de seguridad más reciente que pasa la comprobación se hizo el {when} y contiene {contents}. ¿Restaurarla? Lo que se anotó después de hacerla no está en ella. El archivo dañado se guarda junto al archivo de datos (con otro nombre), así que todavía se puede recuperar más tarde.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{reason}

The app tries again every hour. You can also use File &gt; Back up now… to save a copy somewhere else.</source>
        <translation>{reason}

La aplicación lo vuelve a intentar cada hora. También puede usar Archivo &gt; Hacer una copia de seguridad ahora… para guardar una copia en otro sitio.</translation>
    </message>
</context>
<context>
    <name>ui.checkin</name>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Emergency signs</source>
        <translation>Señales de &amp;emergencia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;None of these</source>
        <translation>&amp;Ninguna de estas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;None of these  (Enter)</source>
        <translation>&amp;Ninguna de estas  (Intro)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Save answer</source>
        <translation>&amp;Guardar respuesta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Danger signs&lt;/b&gt; (what to do comes up the moment one is ticked):</source>
        <translation>&lt;b&gt;Señales de peligro&lt;/b&gt; (en cuanto marque una, aparece qué hacer):</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Recorded in the diary&lt;/b&gt; (danger signs: {signs}). Add anything else, then Save changes.</source>
        <translation>&lt;b&gt;Anotado en el diario&lt;/b&gt; (señales de peligro: {signs}). Añada lo que falte y luego pulse Guardar cambios.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Recorded in the diary&lt;/b&gt;. Add anything else, then Save changes.</source>
        <translation>&lt;b&gt;Anotado en el diario&lt;/b&gt;. Añada lo que falte y luego pulse Guardar cambios.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Side effects&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Efectos secundarios&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Already answered</source>
        <translation>Ya está contestado</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Answer later (it stays on Today until the end of today)</source>
        <translation>Contestar más tarde (sigue en Hoy hasta que acabe el día)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Answer later (it stays on Today)</source>
        <translation>Contestar más tarde (sigue en Hoy)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Check-in for {name}</source>
        <translation>Control de {name}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Check-in — Caregiver Assistant</source>
        <translation>Control del día — Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Danger sign: {sign}</source>
        <translation>Señal de peligro: {sign}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>How are things today?</source>
        <translation>¿Cómo va el día de hoy?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Leave it empty if it was not scored.</source>
        <translation>Déjelo vacío si no se puntuó.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>None of these</source>
        <translation>Ninguna de estas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Recorded</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>S&amp;pasticity in the last 24 hours (0 none, 10 worst possible):</source>
        <translation>Es&amp;pasticidad en las últimas 24 horas (0 nada, 10 la peor posible):</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Save answer</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Side effect: {effect}</source>
        <translation>Efecto secundario: {effect}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Spasticity in the last 24 hours, 0 to 10</source>
        <translation>Espasticidad en las últimas 24 horas, de 0 a 10</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>Spasticity is a whole number from 0 (none) to 10 (worst possible), or left empty.</source>
        <translation>La espasticidad es un número entero de 0 (nada) a 10 (la peor posible), o se deja vacía.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>The danger sign is recorded; the score is not yet: {problem}</source>
        <translation>La señal de peligro está anotada; la puntuación todavía no: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>These questions are the app&apos;s, not medical advice: if anything worries you, talk to your doctor or nurse.</source>
        <translation>Estas preguntas son de la aplicación, no son consejo médico: si algo le preocupa, hable con su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/checkin.py"/>
        <source>{line} — not answered on the day; answer it now for that day</source>
        <translation>{line} — no se contestó ese día; contéstelo ahora para ese día</translation>
    </message>
</context>
<context>
    <name>ui.diary_form</name>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;Alcohol or other sedating medicines today</source>
        <translation>Alco&amp;hol u otros medicamentos que dan sueño, hoy</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;Danger signs — tick only what happened; these need action now</source>
        <translation>Señales de peli&amp;gro: marque solo lo que pasó; hay que actuar ya</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;When</source>
        <translation>Cuán&amp;do</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>0 no pain – 10 worst possible</source>
        <translation>0 sin dolor – 10 el peor posible</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>0 none – 10 worst possible</source>
        <translation>0 nada – 10 la peor posible</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Alcohol and other sedating medicines (sleeping pills, opioids, some antihistamines) add to drowsiness.</source>
        <translation>El alcohol y otros medicamentos que dan sueño (pastillas para dormir, opioides, algunos antihistamínicos) aumentan la somnolencia.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Anything else, up to {count} characters.</source>
        <translation>Cualquier otra cosa, hasta {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Call the emergency number</source>
        <translation>Llame al número de emergencias</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Cancel changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Changing the entry of {when}. Save keeps the change (it can be undone); Cancel changes leaves the entry as it was.</source>
        <translation>Está cambiando la anotación del {when}. Guardar conserva el cambio (se puede deshacer); Descartar cambios deja la anotación como estaba.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Clear form</source>
        <translation>Vaciar el formulario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Contact the doctor now</source>
        <translation>Llame al médico ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Intro guarda</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Danger signs</source>
        <translation>Señales de peligro</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Date and time of the entry; it starts as now.</source>
        <translation>Fecha y hora de la anotación; al principio es la de ahora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Diary status</source>
        <translation>Estado del diario</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Fill in the values of the last entry (Ctrl+L); danger signs and notes are not copied</source>
        <translation>Rellena con los valores de la última anotación (Ctrl+L); las señales de peligro y las notas no se copian</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Hours of sleep last night (0 to 24; halves allowed).</source>
        <translation>Horas de sueño anoche (de 0 a 24; se admiten medias horas).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>How many times spasms woke them last night.</source>
        <translation>Cuántas veces le despertaron los espasmos anoche.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Note&amp;s</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Other side effects</source>
        <translation>Otros efectos secundarios</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Other side effects, in your words.</source>
        <translation>Otros efectos secundarios, con sus palabras.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Pa&amp;in</source>
        <translation>Do&amp;lor</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>S&amp;leep</source>
        <translation>S&amp;ueño</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Same as last entry (Ctrl+L)</source>
        <translation>Repetir la última (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Save entry</source>
        <translation>Guardar anotación</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Saves the entry. Ctrl+Enter saves from any field.</source>
        <translation>Guarda la anotación. Ctrl+Intro guarda desde cualquier campo.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Se&amp;verity, when there were spasms (click one, or press 1 to 3)</source>
        <translation>In&amp;tensidad, si hubo espasmos (haga clic en una, o pulse de 1 a 3)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Set the time to now</source>
        <translation>Poner la hora de ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects noticed today. Space ticks; arrow keys move between them.</source>
        <translation>Efectos secundarios notados hoy. La barra espaciadora marca; las flechas pasan de uno a otro.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects t&amp;oday</source>
        <translation>E&amp;fectos secundarios hoy</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Sleep hours</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Spas&amp;ms {recall} (click one, or press 0 to 4)</source>
        <translation>Espas&amp;mos {recall} (haga clic en una, o pulse de 0 a 4)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasm frequency (Penn scale)</source>
        <translation>Frecuencia de espasmos (escala de Penn)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasm severity (Penn scale)</source>
        <translation>Intensidad de los espasmos (escala de Penn)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasticit&amp;y</source>
        <translation>E&amp;spasticidad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasticity</source>
        <translation>Espasticidad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Stretching / physiotherapy done</source>
        <translation>Estiramientos / fisioterapia hechos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Tick only what happened. These need action now, not at the next appointment.</source>
        <translation>Marque solo lo que pasó. Hay que actuar ya, no esperar a la próxima cita.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Wo&amp;ken</source>
        <translation>Desperta&amp;res</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>Woken by spasms</source>
        <translation>Despertares por espasmos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>hours last night</source>
        <translation>horas anoche</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>other side effects, in your words (optional)</source>
        <translation>otros efectos secundarios, con sus palabras (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_form.py"/>
        <source>times by spasms</source>
        <translation>veces por espasmos</translation>
    </message>
</context>
<context>
    <name>ui.diary_model</name>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Alcohol or sedating medicines; stretching or physiotherapy</source>
        <translation>Alcohol o medicamentos que dan sueño; estiramientos o fisioterapia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Also</source>
        <translation>Además</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in for {day}.</source>
        <translation>Control del {day}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in for {day}: none of the signs asked about.</source>
        <translation>Control del {day}: ninguna de las señales preguntadas.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in.</source>
        <translation>Control.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in: none of the signs asked about.</source>
        <translation>Control: ninguna de las señales preguntadas.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger sign recorded: {signs}</source>
        <translation>Señal de peligro anotada: {signs}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger signs</source>
        <translation>Señales de peligro</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger signs recorded: these needed action at once</source>
        <translation>Señales de peligro anotadas: había que actuar enseguida</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Date and time of the entry</source>
        <translation>Fecha y hora de la anotación</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Hours of sleep</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>How bad the spasms were, 1–3 (the Penn scale)</source>
        <translation>Lo fuertes que fueron los espasmos, 1–3 (la escala de Penn)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>How often spasms came in the last 24 hours, 0–4 (the Penn scale)</source>
        <translation>Con qué frecuencia hubo espasmos en las últimas 24 horas, 0–4 (la escala de Penn)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Pain 0–10</source>
        <translation>Dolor 0–10</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Side effects ticked, and others in words</source>
        <translation>Efectos secundarios marcados, y otros escritos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasms</source>
        <translation>Espasmos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasticity</source>
        <translation>Espasticidad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasticity 0–10</source>
        <translation>Espasticidad 0–10</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Times spasms woke them</source>
        <translation>Veces que le despertaron los espasmos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>Woken</source>
        <translation>Despertares</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>alcohol/sedatives</source>
        <translation>alcohol/sedantes</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>stretching</source>
        <translation>estiramientos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>{date} {year} {time}</source>
        <translation>{date} {year} {time}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>{tip} (not sortable)</source>
        <translation>{tip} (no se puede ordenar)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/diary_model.py"/>
        <source>{when}  (check-in)</source>
        <translation>{when}  (control)</translation>
    </message>
</context>
<context>
    <name>ui.info_browser</name>
    <message>
        <location filename="../../src/caregiver_app/ui/info_browser.py"/>
        <source>(website: {address})</source>
        <translation>(sitio web: {address})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/info_browser.py"/>
        <source>This link leaves the app and opens {address} in your web browser. Open it?</source>
        <translation>Este enlace sale de la aplicación y abre {address} en su navegador web. ¿Abrirlo?</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
