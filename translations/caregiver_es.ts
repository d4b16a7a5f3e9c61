<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>app</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/app.py"/>
        <source>%n records in the data file are damaged and left out; everything else is shown and reminded as usual.

{records}

The command &apos;caregiver-app check&apos; lists them all. A backup from before the damage (File &gt; Restore from backup…) brings them back.</source>
        <extracomment>English singular: %n record in the data file is damaged and left out; everything else is shown and reminded as usual.

{records}

The command &apos;caregiver-app check&apos; lists them all. A backup from before the damage (File &gt; Restore from backup…) brings them back.</extracomment>
        <translation>
            <numerusform>%n registro del archivo de datos está dañado y se ha dejado fuera; todo lo demás se muestra y se recuerda como siempre.

{records}

La orden &apos;caregiver-app check&apos; lo muestra. Una copia de seguridad de antes del daño (Archivo &gt; Restaurar desde una copia de seguridad…) lo recupera.</numerusform>
            <numerusform>%n registros del archivo de datos están dañados y se han dejado fuera; todo lo demás se muestra y se recuerda como siempre.

{records}

La orden &apos;caregiver-app check&apos; los muestra todos. Una copia de seguridad de antes del daño (Archivo &gt; Restaurar desde una copia de seguridad…) los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Already running</source>
        <translation>Ya está en marcha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Cannot open your data</source>
        <translation>No se pueden abrir sus datos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Cannot use the data folder</source>
        <translation>No se puede usar la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is already running; its window was brought forward.</source>
        <translation>Caregiver Assistant ya está en marcha; su ventana se ha puesto delante.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant is still running</source>
        <translation>Caregiver Assistant sigue en marcha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant keeps running in the system tray so that reminders still come. Click its icon to open it again; use Quit in its menu (or Ctrl+Q) to stop it.</source>
        <translation>Caregiver Assistant sigue en marcha en la bandeja del sistema para que los recordatorios sigan llegando. Haga clic en su icono para volver a abrirlo; use Salir en su menú (o Ctrl+Q) para detenerlo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Caregiver Assistant seems to be running already but does not answer. If it is stuck, end it and start again.</source>
        <translation>Parece que Caregiver Assistant ya está en marcha, pero no responde. Si se ha quedado bloqueado, ciérrelo y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Could not change the start-at-login setting: {error}</source>
        <translation>No se pudo cambiar el ajuste de abrir al iniciar la sesión: {error}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Damaged file kept</source>
        <translation>Se ha guardado el archivo dañado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Data from a newer version</source>
        <translation>Datos de una versión más reciente</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Keep running</source>
        <translation>Seguir en marcha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit Caregiver Assistant?</source>
        <translation>¿Salir de Caregiver Assistant?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quit, reminders stop</source>
        <translation>Salir y detener los recordatorios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Quitting stops the app: no dose reminders come until you start it again.</source>
        <translation>Al salir, la aplicación se detiene: no llegará ningún recordatorio de dosis hasta que la vuelva a abrir.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Reminders keep coming. Open it again from the icon in the system tray; choose Quit there to stop it.</source>
        <translation>Los recordatorios siguen llegando. Vuelva a abrirla desde el icono de la bandeja del sistema; elija Salir allí para detenerla.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Reminders paused until {time}</source>
        <translation>Recordatorios en pausa hasta las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Some records could not be read</source>
        <translation>Algunos registros no se han podido leer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Start a fresh data file</source>
        <translation>Empezar con un archivo de datos nuevo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Start at login</source>
        <translation>Abrir al iniciar la sesión</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Still running in the tray</source>
        <translation>Sigue en marcha en la bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>The damaged file was kept as:
{path}</source>
        <translation>El archivo dañado se ha guardado como:
{path}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>The data folder {folder} is read-only, so your data cannot be opened ({reason}). Nothing was changed. Make the folder writable and start again.</source>
        <translation>La carpeta de datos {folder} es de solo lectura, así que sus datos no se pueden abrir ({reason}). No se ha cambiado nada. Permita escribir en la carpeta y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>This computer has no system tray, so closing the window quits the app and reminders stop until you start it again.</source>
        <translation>Este ordenador no tiene bandeja del sistema, así que al cerrar la ventana se sale de la aplicación y los recordatorios se detienen hasta que la vuelva a abrir.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>Your data file cannot be read</source>
        <translation>No se puede leer su archivo de datos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>{problem}

You can start again with a fresh, empty data file. The damaged file is kept beside it (renamed), so it can still be rescued later.</source>
        <translation>{problem}

Puede empezar de nuevo con un archivo de datos nuevo y vacío. El archivo dañado se guarda a su lado (con otro nombre), para que todavía se pueda rescatar más adelante.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/app.py"/>
        <source>• … and {count} more</source>
        <translation>• … y {count} más</translation>
    </message>
</context>
<context>
    <name>domain.answers</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>%n more allowed today (at most {most} a day), not before {time}.</source>
        <extracomment>English singular: %n more allowed today (at most {most} a day), not before {time}.</extracomment>
        <translation>
            <numerusform>Hoy se puede tomar %n más (como máximo {most} al día), no antes de las {time}.</numerusform>
            <numerusform>Hoy se pueden tomar %n más (como máximo {most} al día), no antes de las {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>%n more allowed today (at most {most} a day).</source>
        <extracomment>English singular: %n more allowed today (at most {most} a day).</extracomment>
        <translation>
            <numerusform>Hoy se puede tomar %n más (como máximo {most} al día).</numerusform>
            <numerusform>Hoy se pueden tomar %n más (como máximo {most} al día).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>A dose of {name} is already logged at {time}, {span} ago.</source>
        <translation>Ya hay una dosis de {name} anotada a las {time}, hace {span}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>A dose of {name} was logged at {time}, after this one was due: if that was this dose, answer “Taken at…” with its time instead.</source>
        <translation>Se anotó una dosis de {name} a las {time}, después de la hora de esta: si era esta dosis, responda mejor «Tomada a las…» con su hora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Don&apos;t record it</source>
        <translation>No anotarla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>If that dose was this missed one, answer “Taken at…” with its time.</source>
        <translation>Si esa dosis era la olvidada, responda «Tomada a las…» con su hora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>If this is the wrong dose, choose “Don&apos;t record it” and pick the right one.</source>
        <translation>Si no es la dosis correcta, elija «No anotarla» y escoja la correcta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>No more allowed today (at most {most} a day).</source>
        <translation>Hoy ya no se puede tomar más (como máximo {most} al día).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>None taken today.</source>
        <translation>Hoy no se ha tomado ninguna.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Record it as not taken</source>
        <translation>Anotarla como no tomada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Record it as skipped</source>
        <translation>Anotarla como saltada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Record it as taken {span} early</source>
        <translation>Anotarla como tomada {span} antes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Recorded as taken today, {day}, at {time}.</source>
        <translation>Se anotará como tomada hoy, {day}, a las {time}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Recorded as taken yesterday, {day}, at {time}: it is only {now} now, so {time} today has not come yet.</source>
        <translation>Se anotará como tomada ayer, {day}, a las {time}: ahora son solo las {now}, así que hoy todavía no han llegado las {time}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>So leave the missed dose out: do not take another dose now, and take the next dose at the usual time.</source>
        <translation>Así que sáltese la dosis olvidada: no tome otra dosis ahora, y tome la siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Taken so early?</source>
        <translation>¿Tomada tan pronto?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>Taken today at {times}.</source>
        <translation>Hoy se ha tomado a las {times}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>This dose is not due yet</source>
        <translation>Esta dosis todavía no toca</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>this medicine</source>
        <translation>este medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{times} and {last}</source>
        <translation>{times} y {last}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{time} on {day}</source>
        <translation>{time} del {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, but this records it as taken at {at}, {span} before its time.</source>
        <translation>{what} toca a las {due}, pero así se anota como tomada a las {at}, {span} antes de su hora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, but this records it as taken now, {span} before its time.</source>
        <translation>{what} toca a las {due}, pero así se anota como tomada ahora, {span} antes de su hora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, {span} from now. Record it as not taken already?</source>
        <translation>{what} toca a las {due}, dentro de {span}. ¿Anotarla ya como no tomada?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, {span} from now. Record it as skipped already?</source>
        <translation>{what} toca a las {due}, dentro de {span}. ¿Anotarla ya como saltada?</translation>
    </message>
</context>
<context>
    <name>domain.diary</name>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>A check-in answer needs the day it was asked about.</source>
        <translation>Una respuesta de control necesita el día por el que se preguntó.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>A check-in day needs the check-in it belongs to.</source>
        <translation>Un día de control necesita el control al que pertenece.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>A missed pump refill</source>
        <translation>Una recarga de la bomba que no se hizo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>A missed refill: call the doctor now, before the pump runs empty.</source>
        <translation>Una recarga que no se hizo: llame al médico ahora, antes de que la bomba se vacíe.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>A seizure (fit)</source>
        <translation>Una convulsión (un ataque)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Alcohol or sedating medicines</source>
        <translation>Alcohol o medicamentos que dan sueño</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Also contact the doctor now about: {signs}.</source>
        <translation>Avise también al médico ahora por esto: {signs}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number now</source>
        <translation>Llame ahora al número de emergencias</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number now: go to hospital at once</source>
        <translation>Llame ahora al número de emergencias: vaya al hospital enseguida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number straight away for a seizure, if the person is very hard to wake, or for slow or shallow breathing.</source>
        <translation>Llame enseguida al número de emergencias si hay una convulsión, si la persona es muy difícil de despertar o si tiene la respiración lenta o superficial.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Constipation</source>
        <translation>Estreñimiento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Contact the doctor now</source>
        <translation>Avise al médico ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Contact the doctor now about: {signs}. If it is severe, call the emergency number.</source>
        <translation>Avise al médico ahora por esto: {signs}. Si es grave, llame al número de emergencias.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Daily</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Dizziness</source>
        <translation>Mareo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Drowsiness</source>
        <translation>Somnolencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Faintness</source>
        <translation>Sensación de desmayo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Fatigue</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Go to hospital at once</source>
        <translation>Vaya al hospital enseguida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Hallucinations</source>
        <translation>Alucinaciones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>High fever</source>
        <translation>Fiebre alta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>High fever, rigid muscles or sharply worse spasticity matter most after missed doses, running out, a lowered dose or a pump problem.</source>
        <translation>La fiebre alta, los músculos rígidos o una espasticidad de repente mucho peor importan sobre todo después de dosis olvidadas, de quedarse sin medicamento, de una bajada de dosis o de un problema con la bomba.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>How bad were the spasms in the last 24 hours? (only when there were spasms)</source>
        <translation>¿Qué intensidad tuvieron los espasmos en las últimas 24 horas? (solo si hubo espasmos)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>How often were there spasms in the last 24 hours?</source>
        <translation>¿Con qué frecuencia hubo espasmos en las últimas 24 horas?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Infrequent full spasms, less than once an hour</source>
        <translation>Espasmos completos poco frecuentes, menos de uno por hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Insomnia</source>
        <translation>Insomnio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Low blood pressure / faintness</source>
        <translation>Presión arterial baja / sensación de desmayo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Mild</source>
        <translation>Leves</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Mild spasms only when stimulated</source>
        <translation>Espasmos leves solo cuando hay un estímulo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Moderate</source>
        <translation>Moderados</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Monthly</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>More than ten an hour</source>
        <translation>Más de diez por hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>More than the prescribed dose matters most with alcohol or sedating medicines, or with kidney disease.</source>
        <translation>Haber tomado más de la dosis recetada importa sobre todo con alcohol o con medicamentos que dan sueño, o si hay enfermedad de los riñones.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>More than the prescribed dose was taken</source>
        <translation>Se tomó más de la dosis recetada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>New itching</source>
        <translation>Picor nuevo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>New or severe confusion</source>
        <translation>Confusión nueva o grave</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>No spasms</source>
        <translation>Sin espasmos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Other side effects</source>
        <translation>Otros efectos secundarios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Pain: 0 no pain, 10 worst possible.</source>
        <translation>Dolor: 0 sin dolor, 10 el peor posible.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Please give the date and time of the entry.</source>
        <translation>Indique la fecha y la hora de la anotación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Rigid muscles</source>
        <translation>Músculos rígidos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Severe</source>
        <translation>Graves</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Sleep (hours)</source>
        <translation>Sueño (horas)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Slow or shallow breathing</source>
        <translation>Respiración lenta o superficial</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasm frequency</source>
        <translation>Frecuencia de espasmos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasm frequency (Penn 0–4)</source>
        <translation>Frecuencia de espasmos (Penn 0–4)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity</source>
        <translation>Intensidad de los espasmos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity (Penn 1–3)</source>
        <translation>Intensidad de los espasmos (Penn 1–3)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity is only asked when there were spasms (frequency above 0); leave it empty or choose a frequency.</source>
        <translation>La intensidad de los espasmos solo se pregunta si hubo espasmos (frecuencia mayor que 0); déjela vacía o elija una frecuencia.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasms more than once an hour</source>
        <translation>Espasmos más de una vez por hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity</source>
        <translation>Espasticidad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity (0–10)</source>
        <translation>Espasticidad (0–10)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity sharply worse or coming back</source>
        <translation>Espasticidad de repente mucho peor, o que vuelve</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Stretching / physiotherapy</source>
        <translation>Estiramientos / fisioterapia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The &apos;from&apos; date is after the &apos;to&apos; date.</source>
        <translation>La fecha «desde» es posterior a la fecha «hasta».</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The check-in day {date} is not between 1900 and today.</source>
        <translation>El día de control {date} no está entre 1900 y hoy.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The check-in this entry answers is not one the app knows.</source>
        <translation>El control al que responde esta anotación no es uno que la aplicación conozca.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The date {date} is before the person&apos;s date of birth ({birth}).</source>
        <translation>La fecha {date} es anterior a la fecha de nacimiento de la persona ({birth}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The day of the check-in must be a date.</source>
        <translation>El día del control debe ser una fecha.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The lowest score is above the highest.</source>
        <translation>La puntuación más baja es mayor que la más alta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The number that best describes the spasticity in the last 24 hours: 0 none, 10 worst possible (usually scored at bedtime).</source>
        <translation>El número que mejor describe la espasticidad en las últimas 24 horas: 0 nada, 10 la peor posible (se suele anotar a la hora de acostarse).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The pump&apos;s two-tone alarm</source>
        <translation>La alarma de dos tonos de la bomba</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>The time {time} is in the future (after the end of today). Diary entries are for what has happened.</source>
        <translation>La hora {time} está en el futuro (después del final de hoy). Las anotaciones del diario son para lo que ya ha pasado.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>This person&apos;s record says their kidney function is reduced: say so when you call.</source>
        <translation>En la ficha de esta persona consta que sus riñones funcionan menos de lo normal: dígalo cuando llame.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Times spasms woke them</source>
        <translation>Veces que le despertaron los espasmos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Tingling</source>
        <translation>Hormigueo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Unknown danger sign; choose from the list.</source>
        <translation>Señal de peligro desconocida; elija una de la lista.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Unknown score.</source>
        <translation>Puntuación desconocida.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Unknown side effect.</source>
        <translation>Efecto secundario desconocido.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Unknown side effect; choose from the list.</source>
        <translation>Efecto secundario desconocido; elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Urinary frequency</source>
        <translation>Orinar más a menudo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Very hard to wake</source>
        <translation>Muy difícil de despertar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>Weekly</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>With a baclofen pump this can mean withdrawal or a pump fault: go to hospital at once.</source>
        <translation>Con una bomba de baclofeno, esto puede ser abstinencia o un fallo de la bomba: vaya al hospital enseguida.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>a missed pump refill</source>
        <translation>una recarga de la bomba que no se hizo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>a seizure (fit)</source>
        <translation>una convulsión (un ataque)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>entry</source>
        <translation>anotación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>faintness</source>
        <translation>sensación de desmayo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>hallucinations</source>
        <translation>alucinaciones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>high fever</source>
        <translation>fiebre alta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>in the last 24 hours</source>
        <translation>en las últimas 24 horas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>more than the prescribed dose was taken</source>
        <translation>se tomó más de la dosis recetada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>new itching</source>
        <translation>picor nuevo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>new or severe confusion</source>
        <translation>confusión nueva o grave</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>pain {score}</source>
        <translation>dolor {score}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>rigid muscles</source>
        <translation>músculos rígidos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>slow or shallow breathing</source>
        <translation>respiración lenta o superficial</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>spasms {score}</source>
        <translation>espasmos {score}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>spasticity sharply worse or coming back</source>
        <translation>espasticidad de repente mucho peor, o que vuelve</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>spasticity {score}</source>
        <translation>espasticidad {score}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>the pump&apos;s two-tone alarm</source>
        <translation>la alarma de dos tonos de la bomba</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>tingling</source>
        <translation>hormigueo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>very hard to wake</source>
        <translation>muy difícil de despertar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>{date} is before 1900; please check the year.</source>
        <translation>{date} es anterior a 1900; compruebe el año.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>{label} must be a whole number ({minimum} to {maximum}).</source>
        <translation>{label}: debe ser un número entero (de {minimum} a {maximum}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/diary.py"/>
        <source>{label} must be yes or no.</source>
        <translation>{label}: debe ser sí o no.</translation>
    </message>
</context>
<context>
    <name>domain.dosing</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>%n hours</source>
        <extracomment>English singular: %n hour</extracomment>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>%n minutes</source>
        <extracomment>English singular: %n minute</extracomment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>A dose of {name} is already logged at {when}, {gap} after this one.</source>
        <translation>Ya hay una dosis de {name} anotada a las {when}, {gap} después de esta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>A dose of {name} is already logged at {when}, {gap} before this one.</source>
        <translation>Ya hay una dosis de {name} anotada a las {when}, {gap} antes de esta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure about the next dose, {talk}.</source>
        <translation>Si tiene dudas sobre la dosis siguiente, {talk}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure what to do, {talk}.</source>
        <translation>Si no está seguro de qué hacer, {talk}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure, {talk}.</source>
        <translation>Si no está seguro, {talk}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: check the medicine&apos;s leaflet for what to do about a missed dose.</source>
        <translation>Si {what} prevista a las {when} no se tomó: mire en el prospecto del medicamento qué hacer si se olvida una dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: take it now, as soon as you remember.</source>
        <translation>Si {what} prevista a las {when} no se tomó: tómela ahora, en cuanto se acuerde.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: the next dose (due at {next}) is already due, so leave the missed dose out and take the next dose at the usual time.</source>
        <translation>Si {what} prevista a las {when} no se tomó: ya es la hora de la dosis siguiente (prevista a las {next}), así que sáltese la dosis olvidada y tome la siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: the next dose is less than 2 hours away (at {next}), so leave the missed dose out and take the next dose at the usual time.</source>
        <translation>Si {what} prevista a las {when} no se tomó: falta menos de 2 horas para la dosis siguiente (a las {next}), así que sáltese la dosis olvidada y tome la siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>Is this really another dose?</source>
        <translation>¿Es de verdad otra dosis?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>Never take 2 doses at once or an extra dose to make up for a missed one.</source>
        <translation>Nunca tome 2 dosis a la vez ni una dosis de más para compensar una olvidada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>Stopping baclofen suddenly can be dangerous: if high fever, rigid muscles or much worse spasticity appear after missed doses, contact the doctor now.</source>
        <translation>Dejar el baclofeno de golpe puede ser peligroso: si aparecen fiebre alta, músculos rígidos o una espasticidad mucho peor después de dosis olvidadas, avise al médico ahora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The NHS advice is to leave a missed dose out when the next is less than 2 hours away.</source>
        <translation>El NHS aconseja saltarse una dosis olvidada cuando falta menos de 2 horas para la siguiente.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The as-needed prescription for {name} runs from {start} to {end}, not on {day}. Please check, and if you are not sure, {talk}.</source>
        <translation>La receta de {name} para cuando haga falta va del {start} al {end}, y no incluye el {day}. Compruébelo y, si no está seguro, {talk}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The as-needed prescription for {name} runs from {start}, not on {day}. Please check, and if you are not sure, {talk}.</source>
        <translation>La receta de {name} para cuando haga falta empieza el {start}, y no incluye el {day}. Compruébelo y, si no está seguro, {talk}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The doses of {name} on {day} add up to {total} with this one.</source>
        <translation>Con esta, las dosis de {name} del {day} suman {total}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The doses of {name} on {day} add up to {total}.</source>
        <translation>Las dosis de {name} del {day} suman {total}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The label says the total should not exceed {most} mg a day. Please check the doses, and {talk}.</source>
        <translation>La ficha técnica dice que el total no debe pasar de {most} mg al día. Revise las dosis y {talk}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The next dose of {name} is due at {when}, less than 2 hours after {at}.</source>
        <translation>La dosis siguiente de {name} está prevista a las {when}, menos de 2 horas después de las {at}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The next dose would be allowed from {next}.</source>
        <translation>La dosis siguiente se podría tomar a partir de las {next}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The planned doses of {name} on {day} add up to {total} (counting as-needed doses at their daily limit).</source>
        <translation>Las dosis planeadas de {name} del {day} suman {total} (contando las dosis para cuando haga falta por su límite diario).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>The planned doses of {name} on {day} add up to {total}.</source>
        <translation>Las dosis planeadas de {name} del {day} suman {total}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>This dose of {name} would be only {gap} after the dose at {when}; the prescription says at least {least} between doses.</source>
        <translation>Esta dosis de {name} sería solo {gap} después de la dosis de las {when}; la receta dice al menos {least} entre dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>This dose of {name} would be only {gap} before the dose at {when}; the prescription says at least {least} between doses.</source>
        <translation>Esta dosis de {name} sería solo {gap} antes de la dosis de las {when}; la receta dice al menos {least} entre dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>This happens on {count} days between {first} and {last} in the period checked.</source>
        <translation>Esto pasa {count} días entre el {first} y el {last} en el periodo revisado.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>This would be dose number {count} of {name} on {day}; the prescription allows at most {most} a day.</source>
        <translation>Esta sería la dosis número {count} de {name} del {day}; la receta permite como máximo {most} al día.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>When the dose goes up: avoid driving or using machinery until you know how the new dose affects you (baclofen label).</source>
        <translation>Cuando sube la dosis: evite conducir o usar máquinas hasta que sepa cómo le afecta la nueva dosis (ficha técnica del baclofeno).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>With this dose, {name} on {day} would add up to {total}; the prescription allows at most {most} a day.</source>
        <translation>Con esta dosis, lo tomado de {name} el {day} sumaría {total}; la receta permite como máximo {most} al día.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>talk to your doctor or nurse</source>
        <translation>hable con su médico o enfermera</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>the {dose} dose</source>
        <translation>la dosis de {dose}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>the {dose} dose of {name}</source>
        <translation>la dosis de {dose} de {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>this medicine</source>
        <translation>este medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>{amount} mg</source>
        <translation>{amount} mg</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/dosing.py"/>
        <source>{time} on {day}</source>
        <translation>{time} del {day}</translation>
    </message>
</context>
<context>
    <name>domain.entry_checks</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what the prescription says, or a typing slip (minutes for hours)?</source>
        <extracomment>English singular: A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what the prescription says, or a typing slip (minutes for hours)?</extracomment>
        <translation>
            <numerusform>Una dosis cada %n minuto: dos dosis tan seguidas se tomarían como una dosis doble. ¿Es esto lo que dice la receta, o un error al escribir (minutos en vez de horas)?</numerusform>
            <numerusform>Una dosis cada %n minutos: dos dosis tan seguidas se tomarían como una dosis doble. ¿Es esto lo que dice la receta, o un error al escribir (minutos en vez de horas)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>One dose of {dose} is more than the label&apos;s most for a whole day ({most} mg)</source>
        <translation>Una dosis de {dose} es más que el máximo de la ficha técnica para un día entero ({most} mg)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>one dose of {dose} is more than the label&apos;s most for a whole day ({most} mg)</source>
        <translation>una dosis de {dose} es más que el máximo de la ficha técnica para un día entero ({most} mg)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{amount} mg</source>
        <translation>{amount} mg</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{dose} is {count} packets of {strength} at one time</source>
        <translation>{dose} son {count} sobres de {strength} de una vez</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{dose} is {count} tablets of {strength} at one time</source>
        <translation>{dose} son {count} comprimidos de {strength} de una vez</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{first} and {second} are only %n minutes apart</source>
        <extracomment>English singular: {first} and {second} are only %n minute apart</extracomment>
        <translation>
            <numerusform>{first} y {second}: solo %n minuto de diferencia</numerusform>
            <numerusform>{first} y {second}: solo %n minutos de diferencia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{pairs}. Two doses that close together would be taken as one double dose (the app asks about any two doses logged less than {minutes} minutes apart). Is this what the prescription says, or a typing slip?</source>
        <translation>{pairs}. Dos dosis tan seguidas se tomarían como una dosis doble (la aplicación pregunta por cualquier par de dosis anotadas con menos de {minutes} minutos entre ellas). ¿Es esto lo que dice la receta, o un error al escribir?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/entry_checks.py"/>
        <source>{problems}. Is this really what the prescription says, or a typing slip (mg for tablets, or a 0 too many)?</source>
        <translation>{problems}. ¿Es de verdad lo que dice la receta, o un error al escribir (mg en vez de comprimidos, o un 0 de más)?</translation>
    </message>
</context>
<context>
    <name>domain.medicines</name>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>10 mg/5 mL (2 mg in each mL)</source>
        <translation>10 mg/5 mL (2 mg en cada mL)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>5 mg/5 mL (1 mg in each mL)</source>
        <translation>5 mg/5 mL (1 mg en cada mL)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>5 mg/mL (5 mg in each mL)</source>
        <translation>5 mg/mL (5 mg en cada mL)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Another medicine (not baclofen)</source>
        <translation>Otro medicamento (no es baclofeno)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>As needed: {dose}, at least {hours} h apart, at most {count} a day</source>
        <translation>Cuando haga falta: {dose}, con al menos {hours} h entre dosis, como máximo {count} al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Baclofen</source>
        <translation>Baclofeno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Every day: {times}</source>
        <translation>Todos los días: {times}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Every {hours} hours from {time}: {dose}</source>
        <translation>Cada {hours} horas desde las {time}: {dose}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Granules (packets)</source>
        <translation>Granulado (sobres)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Instructions</source>
        <translation>Las instrucciones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Intrathecal pump</source>
        <translation>Bomba intratecal</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Low-reservoir alarm date</source>
        <translation>La fecha de la alarma de depósito bajo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Medicine name</source>
        <translation>El nombre del medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Next refill</source>
        <translation>La próxima recarga</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Not baclofen: the app&apos;s baclofen checks (the missed-dose rule, the 80 mg a day label maximum, the warning about running out) do not apply to this medicine.</source>
        <translation>No es baclofeno: las comprobaciones de baclofeno de la aplicación (la regla de la dosis olvidada, el máximo de 80 mg al día de la ficha técnica, el aviso de quedarse sin medicamento) no se aplican a este medicamento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Oral solution / suspension</source>
        <translation>Solución oral / suspensión</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Please choose the active ingredient: baclofen or another medicine.</source>
        <translation>Elija el principio activo: baclofeno u otro medicamento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Please choose the form (tablet, oral solution, granules, pump).</source>
        <translation>Elija la forma (comprimido, solución oral, granulado, bomba).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Please enter the strength in mg per mL, as printed on the bottle (for example 5 mg/5 mL is 1 mg/mL).</source>
        <translation>Escriba la concentración en mg por mL, tal como viene impresa en el frasco (por ejemplo, 5 mg/5 mL es 1 mg/mL).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Please enter the strength of one tablet or packet in mg.</source>
        <translation>Escriba la concentración de un comprimido o de un sobre, en mg.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Prescriber</source>
        <translation>El médico que lo receta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Reminder days must be whole numbers from 0 to 60.</source>
        <translation>Los días de aviso deben ser números enteros de 0 a 60.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Reorder warning</source>
        <translation>El aviso para pedir más</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Running out of baclofen is dangerous: stopping it suddenly can cause hallucinations and seizures (baclofen label). Order more in good time, and talk to your doctor or nurse if a supply gap is coming.</source>
        <translation>Quedarse sin baclofeno es peligroso: dejarlo de golpe puede causar alucinaciones y convulsiones (ficha técnica del baclofeno). Pida más con tiempo, y hable con su médico o enfermera si ve que le va a faltar medicamento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Start date</source>
        <translation>La fecha de inicio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Stock on hand</source>
        <translation>La cantidad que tiene en casa</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Stop date</source>
        <translation>La fecha de fin</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Strength</source>
        <translation>La concentración</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Tablet</source>
        <translation>Comprimido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>The pump refill appointment ({day}) has passed. If the refill was missed, call the doctor before the pump runs empty.</source>
        <translation>La cita para recargar la bomba ({day}) ya ha pasado. Si no se hizo la recarga, llame al médico antes de que la bomba se vacíe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>The pump refill appointment is in %n days ({day}). Missing a refill can cause withdrawal: keep the appointment.</source>
        <extracomment>English singular: The pump refill appointment is in %n day ({day}). Missing a refill can cause withdrawal: keep the appointment.</extracomment>
        <translation>
            <numerusform>La cita para recargar la bomba es dentro de %n día ({day}). Si no se hace una recarga puede haber síntomas de abstinencia: no falte a la cita.</numerusform>
            <numerusform>La cita para recargar la bomba es dentro de %n días ({day}). Si no se hace una recarga puede haber síntomas de abstinencia: no falte a la cita.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>The pump&apos;s low-reservoir alarm date ({day}) has passed. If the refill was missed, call the doctor before the pump runs empty.</source>
        <translation>La fecha de la alarma de depósito bajo de la bomba ({day}) ya ha pasado. Si no se hizo la recarga, llame al médico antes de que la bomba se vacíe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>The pump&apos;s low-reservoir alarm date is in %n days ({day}). Missing a refill can cause withdrawal: keep the appointment.</source>
        <extracomment>English singular: The pump&apos;s low-reservoir alarm date is in %n day ({day}). Missing a refill can cause withdrawal: keep the appointment.</extracomment>
        <translation>
            <numerusform>La fecha de la alarma de depósito bajo de la bomba es dentro de %n día ({day}). Si no se hace una recarga puede haber síntomas de abstinencia: no falte a la cita.</numerusform>
            <numerusform>La fecha de la alarma de depósito bajo de la bomba es dentro de %n días ({day}). Si no se hace una recarga puede haber síntomas de abstinencia: no falte a la cita.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>The stop date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Time to reorder.</source>
        <translation>Es hora de pedir más.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>granules (packets)</source>
        <translation>granulado (sobres)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>intrathecal pump</source>
        <translation>bomba intratecal</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>oral solution / suspension</source>
        <translation>solución oral / suspensión</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>tablet</source>
        <translation>comprimido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} doses left</source>
        <translation>Quedan {amount} dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} mL left</source>
        <translation>Quedan {amount} mL</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} packets left</source>
        <translation>Quedan {amount} sobres</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} tablets left</source>
        <translation>Quedan {amount} comprimidos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{days}: {times}</source>
        <translation>{days}: {times}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{day} {year}</source>
        <translation>{day} {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{left}: about %n days at the current dose.</source>
        <extracomment>English singular: {left}: about %n days at the current dose.</extracomment>
        <translation>
            <numerusform>{left}: para más o menos %n día con la dosis actual.</numerusform>
            <numerusform>{left}: para unos %n días con la dosis actual.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mcg/day</source>
        <translation>{mg} mcg/día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg (%n packets)</source>
        <extracomment>English singular: {mg} mg (%n packet)</extracomment>
        <translation>
            <numerusform>{mg} mg (%n sobre)</numerusform>
            <numerusform>{mg} mg (%n sobres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg (%n tablets)</source>
        <extracomment>English singular: {mg} mg (%n tablet)</extracomment>
        <translation>
            <numerusform>{mg} mg (%n comprimido)</numerusform>
            <numerusform>{mg} mg (%n comprimidos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} packet)</source>
        <translation>{mg} mg ({amount} sobre)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} packets)</source>
        <translation>{mg} mg ({amount} sobres)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} tablet)</source>
        <translation>{mg} mg ({amount} comprimido)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} tablets)</source>
        <translation>{mg} mg ({amount} comprimidos)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg = {ml} mL</source>
        <translation>{mg} mg = {ml} mL</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg in each mL</source>
        <translation>{mg} mg en cada mL</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg in each mL is not a strength the app knows for a baclofen liquid ({known}). Please check the strength printed on the bottle with the bottle in hand: every amount in mL is worked out from it, and a 5 mg/mL bottle entered as 1 mg/mL would give five times the dose.</source>
        <translation>{mg} mg en cada mL no es una concentración que la aplicación conozca para el baclofeno líquido ({known}). Compruebe la concentración impresa en el frasco, con el frasco en la mano: todas las cantidades en mL se calculan a partir de ella, y un frasco de 5 mg/mL anotado como 1 mg/mL daría cinco veces la dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is not a strength the app knows for baclofen granule packets ({known} mg). Please check the strength printed on the box with the box in hand: every amount to give is worked out from it.</source>
        <translation>{mg} mg no es una concentración que la aplicación conozca para los sobres de granulado de baclofeno ({known} mg). Compruebe la concentración impresa en la caja, con la caja en la mano: todas las cantidades que hay que dar se calculan a partir de ella.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is not a strength the app knows for baclofen tablets ({known} mg). Please check the strength printed on the box with the box in hand: every amount to give is worked out from it.</source>
        <translation>{mg} mg no es una concentración que la aplicación conozca para los comprimidos de baclofeno ({known} mg). Compruebe la concentración impresa en la caja, con la caja en la mano: todas las cantidades que hay que dar se calculan a partir de ella.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is {amount} packets of {strength} mg: not a whole or half packet. Ask the pharmacist or prescriber how to give this dose.</source>
        <translation>{mg} mg son {amount} sobres de {strength} mg: no es un sobre entero ni medio. Pregunte al farmacéutico o al médico que lo receta cómo dar esta dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is {amount} tablets of {strength} mg: not a whole or half tablet. Ask the pharmacist or prescriber how to give this dose.</source>
        <translation>{mg} mg son {amount} comprimidos de {strength} mg: no es un comprimido entero ni medio. Pregunte al farmacéutico o al médico que lo receta cómo dar esta dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{name} ({form})</source>
        <translation>{name} ({form})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{name} oral liquid {strength}</source>
        <translation>{name}, líquido oral de {strength}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{name} {mg} mg packet</source>
        <translation>{name}, sobres de {mg} mg</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{name} {mg} mg tablet</source>
        <translation>{name}, comprimidos de {mg} mg</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/medicines.py"/>
        <source>{time} {dose}</source>
        <translation>{time} {dose}</translation>
    </message>
</context>
<context>
    <name>domain.people</name>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>After a change of dose (a step of a taper or titration plan, a new daily total, a baclofen medicine stopped) the app asks a short check-in each day for this many days about the signs to look out for; after missed doses, running out, or a pump refill or pump date, for 3 days. How long is the app&apos;s choice, not medical advice: ask your doctor or nurse how long to watch.</source>
        <translation>Después de un cambio de dosis (un paso de un plan de reducción o de titulación, un nuevo total al día, un medicamento con baclofeno que se deja) la aplicación hace un breve control cada día, durante este número de días, sobre las señales a vigilar; después de dosis olvidadas, de quedarse sin medicamento, o de una recarga o una fecha de la bomba, durante 3 días. Cuánto tiempo es una elección de la aplicación, no un consejo médico: pregunte a su médico o enfermera cuánto tiempo vigilar.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Check-in days must be a whole number from 0 (none) to {most}.</source>
        <translation>Los días de control deben ser un número entero de 0 (ninguno) a {most}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Date of birth</source>
        <translation>La fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Emergency contact</source>
        <translation>El contacto de emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Notes</source>
        <translation>Las notas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Prescriber or clinic</source>
        <translation>El médico que lo receta o la consulta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Reduced kidney function is either ticked or not.</source>
        <translation>«Función renal reducida» solo puede estar marcada o sin marcar.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Reduced kidney function: baclofen leaves the body mainly through the kidneys, so the label advises caution and the dose may need to be lower. Ask the prescriber; this app never works out a kidney dose.</source>
        <translation>Función renal reducida: el baclofeno sale del cuerpo sobre todo por los riñones, así que la ficha técnica aconseja precaución y puede que la dosis tenga que ser más baja. Pregunte al médico que lo receta; esta aplicación nunca calcula una dosis para los riñones.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>The check-in time must be a time of day, like 20:00.</source>
        <translation>La hora del control debe ser una hora del día, como 20:00.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>The year of birth must be a year, like 1950.</source>
        <translation>El año de nacimiento debe ser un año, como 1950.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>The year of birth must be between {first} and {last}.</source>
        <translation>El año de nacimiento debe estar entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/people.py"/>
        <source>Under 12: the safety and effectiveness of baclofen by mouth below age 12 are not established (label). Talk to your doctor or nurse about the doses.</source>
        <translation>Menor de 12 años: no se ha establecido la seguridad ni la eficacia del baclofeno por la boca antes de los 12 años (ficha técnica). Hable con su médico o enfermera sobre las dosis.</translation>
    </message>
</context>
<context>
    <name>domain.plans</name>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>A plan can have at most {most} steps.</source>
        <translation>Un plan puede tener como máximo {most} pasos.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>After the last step (from {day}): stop — no more doses of the medicine are reminded.</source>
        <translation>Después del último paso (desde el {day}): dejarlo; no se recuerdan más dosis del medicamento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>After the last step (from {day}): stop — no more doses of {name} are reminded.</source>
        <translation>Después del último paso (desde el {day}): dejarlo; no se recuerdan más dosis de {name}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>After the last step ends on {day}: its doses ({mg} mg a day) carry on until the plan is changed or archived.</source>
        <translation>Cuando termine el último paso, el {day}, sus dosis ({mg} mg al día) seguirán hasta que se cambie o se archive el plan.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Building up (titration)</source>
        <translation>Subir la dosis (titulación)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Keep giving the last step&apos;s doses</source>
        <translation>Seguir dando las dosis del último paso</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Lowering (taper)</source>
        <translation>Bajar la dosis (reducción progresiva)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>On {day} the plan goes from {before} to {after} at once: a drop of {drop} mg a day, more than one step of {step} mg a day (the label&apos;s titration step taken in reverse). Stopping or reducing quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <translation>El {day} el plan pasa de {before} a {after} de una vez: una bajada de {drop} mg al día, más que un paso de {step} mg al día (el paso de titulación de la ficha técnica, al revés). Dejarlo o bajarlo deprisa puede causar síntomas de abstinencia. Revise el plan con su médico o enfermera antes de seguirlo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Please choose the medicine the plan is for.</source>
        <translation>Elija el medicamento del plan.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Please choose what happens after the last step: keep giving its doses, or stop.</source>
        <translation>Elija qué pasa después del último paso: seguir dando sus dosis, o dejarlo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Please choose whether the plan builds the dose up or lowers it.</source>
        <translation>Elija si el plan sube la dosis o la baja.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Please enter at least one step, as the clinician wrote it.</source>
        <translation>Escriba al menos un paso, tal como lo escribió el médico o la enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n} starts on {day}, before the step before it ends: steps must not overlap.</source>
        <translation>El paso {n} empieza el {day}, antes de que termine el paso anterior: los pasos no pueden solaparse.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: please enter the dose at each time (0 for none).</source>
        <translation>Paso {n}: escriba la dosis de cada hora (0 si no hay dosis).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the dose at {time}</source>
        <translation>Paso {n}: la dosis de las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the number of days</source>
        <translation>Paso {n}: el número de días</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the number of days must be a whole number.</source>
        <translation>Paso {n}: el número de días debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the start date must be between {first} and {last}.</source>
        <translation>Paso {n}: la fecha de inicio debe estar entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the time {time} is there twice.</source>
        <translation>Paso {n}: la hora {time} está dos veces.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Stop: no more doses</source>
        <translation>Dejarlo: no más dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>The plan goes from {before} to none at once (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <translation>El plan pasa de {before} a nada de una vez (ninguna dosis desde el {day}). El NHS aconseja bajar el baclofeno poco a poco, en 1–2 semanas o más; dejarlo deprisa puede causar síntomas de abstinencia. Revise el plan con su médico o enfermera antes de seguirlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>The plan goes from {before} to none in %n days (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <extracomment>English singular: The plan goes from {before} to none in %n day (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</extracomment>
        <translation>
            <numerusform>El plan pasa de {before} a nada en %n día (ninguna dosis desde el {day}). El NHS aconseja bajar el baclofeno poco a poco, en 1–2 semanas o más; dejarlo deprisa puede causar síntomas de abstinencia. Revise el plan con su médico o enfermera antes de seguirlo.</numerusform>
            <numerusform>El plan pasa de {before} a nada en %n días (ninguna dosis desde el {day}). El NHS aconseja bajar el baclofeno poco a poco, en 1–2 semanas o más; dejarlo deprisa puede causar síntomas de abstinencia. Revise el plan con su médico o enfermera antes de seguirlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>The plan&apos;s name</source>
        <translation>El nombre del plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>Where the plan comes from</source>
        <translation>De dónde viene el plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>{day} {year}</source>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/plans.py"/>
        <source>{mg} mg a day</source>
        <translation>{mg} mg al día</translation>
    </message>
</context>
<context>
    <name>domain.schedules</name>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Add at least one time of day.</source>
        <translation>Añada al menos una hora del día.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Choose at least one day of the week.</source>
        <translation>Elija al menos un día de la semana.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Days of the week are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>Los días de la semana van numerados del 0 (lunes) al 6 (domingo).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Doses can be at most 7 days (168 hours) apart.</source>
        <translation>Entre dosis puede haber como máximo 7 días (168 horas).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Doses must be at least 1 hour apart.</source>
        <translation>Entre dosis tiene que haber al menos 1 hora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Each entry needs a time and a dose in mg.</source>
        <translation>Cada línea necesita una hora y una dosis en mg.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>End date</source>
        <translation>La fecha de fin</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please choose a time zone.</source>
        <translation>Elija una zona horaria.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please choose how often: fixed times, every few hours, chosen days of the week, or as needed.</source>
        <translation>Elija cada cuánto: horas fijas, cada pocas horas, días de la semana elegidos, o cuando haga falta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter a time like 08:00.</source>
        <translation>Escriba una hora como 08:00.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the dose at {time} in mg.</source>
        <translation>Escriba la dosis de las {time} en mg.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the dose in mg.</source>
        <translation>Escriba la dosis en mg.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the interval.</source>
        <translation>Escriba cada cuántas horas.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the most doses a day.</source>
        <translation>Escriba el máximo de dosis al día.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the most mg a day in mg.</source>
        <translation>Escriba el máximo de mg al día, en mg.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the start date.</source>
        <translation>Escriba la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the time between doses.</source>
        <translation>Escriba el tiempo entre dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Start date</source>
        <translation>La fecha de inicio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The dose</source>
        <translation>La dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The dose at {time}</source>
        <translation>La dosis de las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation>La fecha de fin ({end}) es anterior a la fecha de inicio ({start}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The interval</source>
        <translation>El intervalo entre dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day</source>
        <translation>El máximo de dosis al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day can be at most {most}; please check the number.</source>
        <translation>El máximo de dosis al día puede ser como mucho {most}; compruebe el número.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day must be at least 1.</source>
        <translation>El máximo de dosis al día debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The most mg a day</source>
        <translation>El máximo de mg al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The most mg a day ({cap} mg) is less than one dose ({mg} mg).</source>
        <translation>El máximo de mg al día ({cap} mg) es menos que una dosis ({mg} mg).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The schedule details are missing or damaged.</source>
        <translation>Faltan los datos de la pauta o están dañados.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses</source>
        <translation>El tiempo entre dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses can be at most 7 days (168 hours).</source>
        <translation>El tiempo entre dosis puede ser como máximo 7 días (168 horas).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses must be more than 0 minutes.</source>
        <translation>El tiempo entre dosis debe ser de más de 0 minutos.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The time zone must be a name like Europe/London.</source>
        <translation>La zona horaria debe ser un nombre como Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>The time {time} is listed twice; each time of day can be used only once (put the whole dose on one line).</source>
        <translation>La hora {time} está dos veces; cada hora del día solo se puede usar una vez (ponga toda la dosis en una línea).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>There are %n times of day; the most is {most}.</source>
        <extracomment>English singular: There is %n time of day; the most is {most}.</extracomment>
        <translation>
            <numerusform>Hay %n hora del día; el máximo es {most}.</numerusform>
            <numerusform>Hay %n horas del día; el máximo es {most}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Times are hours and minutes only, like 08:00.</source>
        <translation>Las horas son solo horas y minutos, como 08:00.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} cannot be negative.</source>
        <translation>{label}: no puede ser un número negativo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} is {mg} mg, more than {most} mg for a day. Please check the number (doses are in mg).</source>
        <translation>{label}: {mg} mg, más de {most} mg para un día. Compruebe el número (las dosis van en mg).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} is {mg} mg, more than {most} mg for one dose. Please check the number (doses are in mg).</source>
        <translation>{label}: {mg} mg, más de {most} mg para una dosis. Compruebe el número (las dosis van en mg).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a date like 2026-05-31.</source>
        <translation>{label} debe ser una fecha como 2026-05-31.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a number of mg, like 10 or 2.5.</source>
        <translation>{label} debe ser un número de mg, como 10 o 2,5.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a real number of mg, like 10 or 2.5.</source>
        <translation>{label} debe ser un número real de mg, como 10 o 2,5.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a whole number.</source>
        <translation>{label} debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be more than 0 mg.</source>
        <translation>{label} debe ser de más de 0 mg.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} {day} is before 1900; please check the year.</source>
        <translation>{label} {day} es anterior a 1900; compruebe el año.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>{label} {day} is too far in the future; please check the year.</source>
        <translation>{label} {day} está demasiado lejos en el futuro; compruebe el año.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>“{text}” is not a time of day. Times go from 00:00 to 23:59 (24-hour clock).</source>
        <translation>«{text}» no es una hora del día. Las horas van de 00:00 a 23:59 (reloj de 24 horas).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>“{text}” is not a time. Use hours and minutes like 08:00 or 20:30 (24-hour clock).</source>
        <translation>«{text}» no es una hora. Escriba horas y minutos, como 08:00 o 20:30 (reloj de 24 horas).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/schedules.py"/>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list, like Europe/London.</source>
        <translation>«{zone}» no es una zona horaria que este ordenador conozca. Elija una de la lista, como Europe/Madrid.</translation>
    </message>
</context>
<context>
    <name>domain.settings</name>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>The questions</source>
        <translation>Las preguntas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>The setting {key}: {message}</source>
        <translation>El ajuste {key}: {message}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>The time</source>
        <translation>La hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be &quot;system&quot; or a language code like &quot;es&quot;.</source>
        <translation>debe ser &quot;system&quot; o un código de idioma como &quot;es&quot;.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be a list of people and days, like {&quot;1&quot;: &quot;2026-05-31&quot;}.</source>
        <translation>debe ser una lista de personas y días, como {&quot;1&quot;: &quot;2026-05-31&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be a list of screens and places, like {&quot;eDP-1 1366x768&quot;: [0, 0, 1358, 732]}.</source>
        <translation>debe ser una lista de pantallas y posiciones, como {&quot;eDP-1 1366x768&quot;: [0, 0, 1358, 732]}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be one of {sizes}.</source>
        <translation>debe ser uno de estos: {sizes}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be the id of a person (a whole number) or null.</source>
        <translation>debe ser el id de una persona (un número entero) o null.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>must be true or false.</source>
        <translation>debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{label} must be a UTC time like 2026-01-31T08:00:00Z, not {value}.</source>
        <translation>{label} debe ser una hora UTC como 2026-01-31T08:00:00Z, no {value}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{label} {value} is not a real time.</source>
        <translation>{label} {value} no es una hora que exista.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{label} {value} is not between {first} and {last}.</source>
        <translation>{label} {value} no está entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a day between {first} and {last} like 2026-05-31.</source>
        <translation>{value} no es un día entre {first} y {last} como 2026-05-31.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a place and size like [0, 0, 1358, 732].</source>
        <translation>{value} no es una posición y un tamaño como [0, 0, 1358, 732].</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a setting of this app.</source>
        <translation>{value} no es un ajuste de esta aplicación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the id of a person.</source>
        <translation>{value} no es el id de una persona.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the name of a screen.</source>
        <translation>{value} no es el nombre de una pantalla.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the name of a setting.</source>
        <translation>{value} no es el nombre de un ajuste.</translation>
    </message>
</context>
<context>
    <name>domain.validation</name>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>Please enter {label}.</source>
        <translation>Falta rellenar: {label}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} cannot be before {date}.</source>
        <translation>{label}: no puede ser anterior al {date}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} cannot be negative.</source>
        <translation>{label}: no puede ser un número negativo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} contains a broken character that cannot be saved; please retype it.</source>
        <translation>{label}: hay un carácter dañado que no se puede guardar; vuelva a escribir el texto.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} contains invisible control characters; please retype it.</source>
        <translation>{label}: hay caracteres de control invisibles; vuelva a escribir el texto.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} is too long ({count} characters); the most is {most}.</source>
        <translation>{label}: el texto es demasiado largo ({count} caracteres); el máximo es {most}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a date like {example}.</source>
        <translation>{label}: debe ser una fecha como {example}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a date.</source>
        <translation>{label}: debe ser una fecha.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a number.</source>
        <translation>{label}: debe ser un número.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a real number.</source>
        <translation>{label}: debe ser un número válido.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be between {minimum} and {maximum} {unit}.</source>
        <translation>{label}: debe estar entre {minimum} y {maximum} {unit}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be between {minimum} and {maximum}.</source>
        <translation>{label}: debe estar entre {minimum} y {maximum}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be more than zero.</source>
        <translation>{label}: debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be text.</source>
        <translation>{label}: debe ser un texto.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} {date} is before 1900; please check the year.</source>
        <translation>{label}: el {date} es anterior a 1900; compruebe el año.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label} {date} is in the future.</source>
        <translation>{label}: el {date} está en el futuro.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write a date like {example} or just the year, like {year}.</source>
        <translation>{label}: escriba una fecha como {example}, o solo el año, como {year}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write a date like {example}.</source>
        <translation>{label}: escriba una fecha como {example}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write the year in full, like {example}.</source>
        <translation>{label}: escriba el año completo, como {example}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/validation.py"/>
        <source>{label}: there is no such day ({text}); please check it.</source>
        <translation>{label}: ese día no existe ({text}); compruébelo.</translation>
    </message>
</context>
<context>
    <name>domain.watch</name>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>A daily total</source>
        <translation>Un total al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>A pump refill or low-reservoir date has passed</source>
        <translation>Ha pasado una fecha de recarga de la bomba o de depósito bajo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Baclofen doses missed or not answered ({day})</source>
        <translation>Dosis de baclofeno olvidadas o sin responder ({day})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Dose lowered to {mg} a day on {day}</source>
        <translation>Dosis bajada a {mg} al día el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Dose lowered to {mg} a day on {day} ({what})</source>
        <translation>Dosis bajada a {mg} al día el {day} ({what})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Dose raised to {mg} a day on {day}</source>
        <translation>Dosis subida a {mg} al día el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Dose raised to {mg} a day on {day} ({what})</source>
        <translation>Dosis subida a {mg} al día el {day} ({what})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Dose watch</source>
        <translation>Vigilancia de la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>Doses of baclofen were missed or not answered</source>
        <translation>Se olvidaron dosis de baclofeno o no se respondieron</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The baclofen has run out</source>
        <translation>Se ha acabado el baclofeno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The day of the event ({day}) is not between 1900 and a few weeks after it was recorded.</source>
        <translation>El día del suceso ({day}) no está entre 1900 y unas semanas después de cuando se anotó.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The day of the event must be a date.</source>
        <translation>El día del suceso debe ser una fecha.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The dose has changed</source>
        <translation>La dosis ha cambiado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The dose of baclofen has been lowered</source>
        <translation>Se ha bajado la dosis de baclofeno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The dose of baclofen has gone up</source>
        <translation>Ha subido la dosis de baclofeno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The kind of event must be one of {kinds}.</source>
        <translation>El tipo de suceso debe ser uno de estos: {kinds}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>The pump was refilled (the days after a refill are watched as a precaution)</source>
        <translation>Se recargó la bomba (los días después de una recarga se vigilan por precaución)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>a pump refill or low-reservoir date has passed</source>
        <translation>ha pasado una fecha de recarga de la bomba o de depósito bajo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>doses of baclofen were missed or not answered</source>
        <translation>se olvidaron dosis de baclofeno o no se respondieron</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>the baclofen has run out</source>
        <translation>se ha acabado el baclofeno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>the dose of baclofen has been lowered</source>
        <translation>se ha bajado la dosis de baclofeno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>the dose of baclofen has gone up</source>
        <translation>ha subido la dosis de baclofeno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>the pump was refilled (the days after a refill are watched as a precaution)</source>
        <translation>se recargó la bomba (los días después de una recarga se vigilan por precaución)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>{amount} mg</source>
        <translation>{amount} mg</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>{changes}, and %n other changes</source>
        <extracomment>English singular: {changes}, and %n other change</extracomment>
        <translation>
            <numerusform>{changes}, y %n cambio más</numerusform>
            <numerusform>{changes}, y %n cambios más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>{first}; also {second}</source>
        <translation>{first}; también {second}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>{reasons}. Tick anything you have noticed in the last 24 hours:</source>
        <translation>{reasons}. Marque lo que haya notado en las últimas 24 horas:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/domain/watch.py"/>
        <source>{reasons}. Tick anything you have noticed since the last check-in (the last 24 hours):</source>
        <translation>{reasons}. Marque lo que haya notado desde el último control (las últimas 24 horas):</translation>
    </message>
</context>
<context>
    <name>reports.charts</name>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Baclofen taken, mg a day (right axis)</source>
        <translation>Baclofeno tomado, mg al día (eje derecho)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Baclofen taken: {first} mg on {first_day}, {last} mg on {last_day}.</source>
        <translation>Baclofeno tomado: {first} mg el {first_day}, {last} mg el {last_day}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Check-in answered</source>
        <translation>Control respondido</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Check-ins answered on %n day(s).</source>
        <extracomment>English singular: Check-ins answered on %n day(s).</extracomment>
        <translation>
            <numerusform>Control respondido en %n día.</numerusform>
            <numerusform>Controles respondidos en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Danger sign recorded</source>
        <translation>Señal de peligro anotada</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Danger signs recorded on %n day(s).</source>
        <extracomment>English singular: Danger signs recorded on %n day(s).</extracomment>
        <translation>
            <numerusform>Señales de peligro anotadas en %n día.</numerusform>
            <numerusform>Señales de peligro anotadas en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Dose change: check-ins began</source>
        <translation>Cambio de dosis: empiezan los controles</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Dose changes that began check-ins: {days}.</source>
        <translation>Cambios de dosis con los que empezaron los controles: {days}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>No scores recorded in this time.
Add diary entries to see them here.</source>
        <translation>No hay puntuaciones anotadas en este tiempo.
Añada anotaciones en el Diario para verlas aquí.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>No {score} scores recorded in this time.</source>
        <translation>No hay puntuaciones de {score} anotadas en este tiempo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: taper and titration plan steps</source>
        <translation>Sombreado: pasos de los planes para bajar y para subir la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: taper plan steps</source>
        <translation>Sombreado: pasos del plan para bajar la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: titration plan steps</source>
        <translation>Sombreado: pasos del plan para subir la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>Shaded: {kinds} plan steps</source>
        <translation>Sombreado: pasos de los planes ({kinds})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>daily average</source>
        <translation>media diaria</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>day {day}</source>
        <translation>día {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>mg a day</source>
        <translation>mg al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>month of {day}</source>
        <translation>mes del {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>monthly average</source>
        <translation>media mensual</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>week of {day}</source>
        <translation>semana del {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>weekly average</source>
        <translation>media semanal</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{first} to {last}.</source>
        <translation>Del {first} al {last}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{mg} mg/day</source>
        <translation>{mg} mg/día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score} ({average}, left axis)</source>
        <translation>{score} ({average}, eje izquierdo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.</source>
        <extracomment>English singular: {score}, {average}: {first} ({first_when}) to {last} ({last_when}), from %n entries.</extracomment>
        <translation>
            <numerusform>{score}, {average}: de {first} ({first_when}) a {last} ({last_when}), según %n anotación.</numerusform>
            <numerusform>{score}, {average}: de {first} ({first_when}) a {last} ({last_when}), según %n anotaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}: {average}</source>
        <translation>{score}: {average}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/charts.py"/>
        <source>{score}: {average} — {person}</source>
        <translation>{score}: {average} — {person}</translation>
    </message>
</context>
<context>
    <name>reports.document</name>
    <message>
        <location filename="../src/caregiver_app/reports/document.py"/>
        <source>Appointment summary {person} {day}</source>
        <translation>Resumen para la cita {person} {day}</translation>
    </message>
</context>
<context>
    <name>reports.pdf</name>
    <message>
        <location filename="../src/caregiver_app/reports/pdf.py"/>
        <source>Could not save the PDF</source>
        <translation>No se pudo guardar el PDF</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/pdf.py"/>
        <source>The PDF could not be saved as
{file}

{reason}. Choose another folder, or check there is space on the disk.</source>
        <translation>No se pudo guardar el PDF como
{file}

{reason}. Elija otra carpeta o compruebe que queda espacio en el disco.</translation>
    </message>
</context>
<context>
    <name>reports.summary</name>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>% taken</source>
        <translation>% tomadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>%n diary entries in the period. Scores, first half of the period against the second:</source>
        <extracomment>English singular: %n diary entry in the period. Scores, first half of the period against the second:</extracomment>
        <translation>
            <numerusform>%n anotación en el diario en el periodo. Puntuaciones, primera mitad del periodo frente a la segunda:</numerusform>
            <numerusform>%n anotaciones en el diario en el periodo. Puntuaciones, primera mitad del periodo frente a la segunda:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>(none written)</source>
        <translation>(no hay ninguna escrita)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>A pump date passed</source>
        <translation>Pasó una fecha de la bomba</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Above the label&apos;s {limit} mg a day on %n days:</source>
        <extracomment>English singular: Above the label&apos;s {limit} mg a day on %n day:</extracomment>
        <translation>
            <numerusform>Más de los {limit} mg al día de la ficha técnica en %n día:</numerusform>
            <numerusform>Más de los {limit} mg al día de la ficha técnica en %n días:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>After a change of dose, missed doses, running out or a pump event, the app asks a short daily check-in about the signs to look out for. “Before” is the average spasticity (0–10) recorded in the week before the change, “during” the average in the check-in days; — means none was recorded.</source>
        <translation>Después de un cambio de dosis, de dosis olvidadas, de quedarse sin medicamento o de algo con la bomba, la aplicación hace cada día un breve control de las señales que hay que vigilar. “Antes” es la media de espasticidad (0–10) anotada en la semana anterior al cambio; “durante”, la media en los días de control; — significa que no se anotó ninguna.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Appointment summary: {person}</source>
        <translation>Resumen para la cita: {person}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>As needed: {taken} taken on %n days</source>
        <extracomment>English singular: As needed: {taken} taken on %n day</extracomment>
        <translation>
            <numerusform>Cuando haga falta: {taken} tomadas en %n día</numerusform>
            <numerusform>Cuando haga falta: {taken} tomadas en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Asked</source>
        <translation>Preguntados</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Baclofen by mouth recorded on %n days: {average} mg a day on average, at most {most} mg in one day.</source>
        <extracomment>English singular: Baclofen by mouth recorded on %n day: {average} mg a day on average, at most {most} mg in one day.</extracomment>
        <translation>
            <numerusform>Baclofeno por la boca anotado en %n día: {average} mg al día de media, como mucho {most} mg en un día.</numerusform>
            <numerusform>Baclofeno por la boca anotado en %n días: {average} mg al día de media, como mucho {most} mg en un día.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Change and its check-in days</source>
        <translation>Cambio y sus días de control</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Danger signs at check-ins</source>
        <translation>Señales de peligro en los controles</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Danger signs recorded</source>
        <translation>Señales de peligro anotadas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Date of birth: {day}</source>
        <translation>Fecha de nacimiento: {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose changes and check-ins</source>
        <translation>Cambios de dosis y controles</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose lowered</source>
        <translation>Dosis bajada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose plan</source>
        <translation>Plan de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose raised</source>
        <translation>Dosis subida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Dose watch</source>
        <translation>Vigilancia de la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Doses missed</source>
        <translation>Dosis olvidadas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>From {day} to today is {days} days; a summary covers at most {most} ({why}). Choose a later first day.</source>
        <translation>Del {day} a hoy hay {days} días; un resumen abarca como mucho {most} ({why}). Elija un primer día más reciente.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Kidney function reduced (recorded in the app)</source>
        <translation>Función renal reducida (anotada en la aplicación)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last %n days</source>
        <extracomment>English singular: Last %n day</extracomment>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 60 days</source>
        <translation>Últimos 60 días</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Left out as advised</source>
        <translation>Omitidas por la regla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Made on {day} at {time}</source>
        <translation>Hecho el {day} a las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Medicine and how it is taken</source>
        <translation>Medicamento y cómo se toma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Medicines and doses</source>
        <translation>Medicamentos y dosis</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No baclofen by mouth recorded on %n days:</source>
        <extracomment>English singular: No baclofen by mouth recorded on %n day:</extracomment>
        <translation>
            <numerusform>No se anotó baclofeno por la boca en %n día:</numerusform>
            <numerusform>No se anotó baclofeno por la boca en %n días:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No diary entries in the period.</source>
        <translation>No hay anotaciones en el diario en el periodo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No dose changes with check-ins in the period.</source>
        <translation>No hubo cambios de dosis con controles en el periodo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No medicines recorded.</source>
        <translation>No hay medicamentos anotados.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No schedule</source>
        <translation>Sin horario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>No titration or taper plan recorded.</source>
        <translation>No hay anotado ningún plan para subir ni para bajar la dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>None recorded.</source>
        <translation>Nada anotado.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Not taken or no answer</source>
        <translation>No tomadas o sin respuesta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Other: {text}</source>
        <translation>Otros: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Over the daily limit on %n days.</source>
        <extracomment>English singular: Over the daily limit on %n day.</extracomment>
        <translation>
            <numerusform>Por encima del límite diario en %n día.</numerusform>
            <numerusform>Por encima del límite diario en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Period: {start} to {end}</source>
        <translation>Periodo: del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Please check:</source>
        <translation>Revise, por favor:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Please note:</source>
        <translation>Tenga en cuenta:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Prescriber: {name}</source>
        <translation>Quien lo receta: {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Pump (no doses to remind)</source>
        <translation>Bomba (sin dosis que recordar)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Pump refilled</source>
        <translation>Bomba recargada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Questions for the doctor or nurse</source>
        <translation>Preguntas para el médico o la enfermera</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Recorded by the person or their carer in Caregiver Assistant. It shows what was written down; it is not a medical assessment.</source>
        <translation>Anotado por la persona o por quien la cuida en Caregiver Assistant. Muestra lo que se anotó; no es una valoración médica.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Side effects noted</source>
        <translation>Efectos secundarios anotados</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Side effects: {effects}</source>
        <translation>Efectos secundarios: {effects}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Skipped</source>
        <translation>Saltadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Sooner than the minimum time %n times.</source>
        <extracomment>English singular: Sooner than the minimum time %n time.</extracomment>
        <translation>
            <numerusform>Antes del tiempo mínimo %n vez.</numerusform>
            <numerusform>Antes del tiempo mínimo %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Spasticity before → during</source>
        <translation>Espasticidad antes → durante</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Stock ran out</source>
        <translation>Se acabó el medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Symptom diary</source>
        <translation>Diario de síntomas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Taken</source>
        <translation>Tomadas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>Taken, skipped and not taken are what was recorded. “Left out as advised” are missed doses left out because the next dose was less than 2 hours away (the missed-dose rule); they are not counted against the % taken. “No answer” counts the doses of the current schedules, since they were set, that nobody answered.</source>
        <translation>Tomadas, saltadas y no tomadas es lo que se anotó. “Omitidas por la regla” son dosis olvidadas que no se tomaron porque faltaban menos de 2 horas para la siguiente (la regla de la dosis olvidada); no cuentan en contra del % tomadas. “Sin respuesta” cuenta las dosis de los horarios actuales, desde que se pusieron, que nadie respondió.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>That person is not in this data folder.</source>
        <translation>Esa persona no está en esta carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The first day ({day}) is after today.</source>
        <translation>El primer día ({day}) es posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The first day must be a date like 2026-05-31, not “{text}”.</source>
        <translation>El primer día tiene que ser una fecha como 2026-05-31, no “{text}”.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The period can be at most {most} days ({why}).</source>
        <translation>El periodo puede ser como mucho de {most} días ({why}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The period must be between 1 and {most} days ({why}).</source>
        <translation>El periodo tiene que ser de entre 1 y {most} días ({why}).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The questions are too long (at most {most} characters).</source>
        <translation>Las preguntas son demasiado largas (como mucho {most} caracteres).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>The start of the period is after its end.</source>
        <translation>El principio del periodo es posterior a su final.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>a year and a day, so a yearly review fits; the summary is for one appointment — the whole history is in the export</source>
        <translation>un año y un día, para que quepa una revisión anual; el resumen es para una cita — todo el historial está en la exportación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>about the same ({first} then {second} on average)</source>
        <translation>más o menos igual ({first} y luego {second} de media)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>all %n steps done</source>
        <extracomment>English singular: all %n steps done</extracomment>
        <translation>
            <numerusform>%n paso, ya hecho</numerusform>
            <numerusform>los %n pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} in one day</source>
        <translation>como mucho {most} en un día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} in one day (limit {limit} a day)</source>
        <translation>como mucho {most} en un día (límite {limit} al día)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>at most {most} mg in one day (limit {limit} mg)</source>
        <translation>como mucho {most} mg en un día (límite {limit} mg)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>building up</source>
        <translation>subir la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>higher in the second half ({first}, then {second} on average)</source>
        <translation>más alta en la segunda mitad ({first} y luego {second} de media)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>lower in the second half ({first}, then {second} on average)</source>
        <translation>más baja en la segunda mitad ({first} y luego {second} de media)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>lowering</source>
        <translation>bajar la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>next {mg} mg a day from {day}</source>
        <translation>después {mg} mg al día desde el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not asked (only after a rise)</source>
        <translation>no se pregunta (solo después de una subida)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not enough entries to compare</source>
        <translation>no hay anotaciones suficientes para comparar</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>not started yet, %n steps</source>
        <extracomment>English singular: not started yet, %n step</extracomment>
        <translation>
            <numerusform>aún no ha empezado, %n paso</numerusform>
            <numerusform>aún no ha empezado, %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>shortest time between two {gap}</source>
        <translation>el menor tiempo entre dos: {gap}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>shortest time between two {gap} (at least {minimum} apart)</source>
        <translation>el menor tiempo entre dos: {gap} (al menos {minimum} entre una y otra)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>step {step} of {steps}</source>
        <translation>paso {step} de {steps}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>then stop</source>
        <translation>después se deja</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>today {mg} mg a day</source>
        <translation>hoy {mg} mg al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{answered} ({none} with none of the signs)</source>
        <translation>{answered} ({none} sin ninguna de las señales)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{change} ({day})</source>
        <translation>{change} ({day})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{days}. Stopping baclofen suddenly can cause withdrawal; if doses were taken but not recorded, the record is incomplete.</source>
        <translation>{days}. Dejar el baclofeno de golpe puede causar abstinencia; si se tomaron dosis pero no se anotaron, el registro está incompleto.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{first} to {last}. Also: {changes}</source>
        <translation>del {first} al {last}. También: {changes}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{medicine} (stopped)</source>
        <translation>{medicine} (ya no se toma)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{name}: %n times</source>
        <extracomment>English singular: {name}: %n time</extracomment>
        <translation>
            <numerusform>{name}: %n vez</numerusform>
            <numerusform>{name}: %n veces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan} ({kind}): {where}</source>
        <translation>{plan} ({kind}): {where}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan} ({kind}, not followed): {where}</source>
        <translation>{plan} ({kind}, no se sigue): {where}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/reports/summary.py"/>
        <source>{plan}: {warning}</source>
        <translation>{plan}: {warning}</translation>
    </message>
</context>
<context>
    <name>services.checkins</name>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>A refill is recorded once it is done, not before.</source>
        <translation>Una recarga se anota cuando ya está hecha, no antes.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Baclofen stock at zero on {day}</source>
        <translation>Sin baclofeno en casa el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Dose changed on {day}</source>
        <translation>Dosis cambiada el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Dose lowered on {day}</source>
        <translation>Dosis bajada el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Dose raised on {day}</source>
        <translation>Dosis subida el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Only a pump is refilled.</source>
        <translation>Solo se recarga una bomba.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>Pump refilled on {day}</source>
        <translation>Bomba recargada el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>The check-in of {day} has already been answered (perhaps from another window). Nothing was changed; the answer is in the diary.</source>
        <translation>El control del {day} ya tiene respuesta (quizá desde otra ventana). No se ha cambiado nada; la respuesta está en el diario.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>The next refill must come after this one.</source>
        <translation>La próxima recarga tiene que ser después de esta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>The pump refill date ({day}) has passed</source>
        <translation>La fecha de recarga de la bomba ({day}) ya ha pasado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>The pump&apos;s low-reservoir date ({day}) has passed</source>
        <translation>La fecha de depósito bajo de la bomba ({day}) ya ha pasado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{name} lowered to {mg} a day on {day}</source>
        <translation>{name}: dosis bajada a {mg} al día el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{name} raised to {mg} a day on {day}</source>
        <translation>{name}: dosis subida a {mg} al día el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{name} stopped on {day}</source>
        <translation>{name}: se dejó el {day}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{what}; check-in {number} of {of} ({day}) at {time}</source>
        <translation>{what}; control {number} de {of} ({day}) a las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/checkins.py"/>
        <source>{what}; check-in {number} of {of} at {time}</source>
        <translation>{what}; control {number} de {of} a las {time}</translation>
    </message>
</context>
<context>
    <name>services.doses</name>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>Kidney function reduced: doses may need to be lower — the prescriber decides.</source>
        <translation>Función renal reducida: puede que las dosis tengan que ser más bajas; lo decide el médico que lo receta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>Log this dose anyway?</source>
        <translation>¿Anotar esta dosis de todos modos?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>Log this dose as taken anyway?</source>
        <translation>¿Anotar esta dosis como tomada de todos modos?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>Nothing of this answer was saved.</source>
        <translation>No se ha guardado nada de esta respuesta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>Please check before logging</source>
        <translation>Compruebe antes de anotar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>due now</source>
        <translation>toca ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>missed — was it taken?</source>
        <translation>olvidada: ¿se tomó?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>not taken</source>
        <translation>no tomada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>snoozed</source>
        <translation>pospuesta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>snoozed until {time}</source>
        <translation>pospuesta hasta las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>taken at {time}</source>
        <translation>tomada a las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>upcoming</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{day} {year}</source>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name} was not snoozed: its next dose is due at soon, so this one cannot wait any longer. Say whether it was taken, or skip it (if it was not taken, leave it out and take the next dose at the usual time).</source>
        <translation>{name} no se ha pospuesto: su próxima dosis toca pronto, así que esta no puede esperar más. Diga si se tomó, o sáltela (si no se tomó, no la tome y tome la dosis siguiente a la hora de siempre).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name} was not snoozed: its next dose is due at {time}, so this one cannot wait any longer. Say whether it was taken, or skip it (if it was not taken, leave it out and take the next dose at the usual time).</source>
        <translation>{name} no se ha pospuesto: su próxima dosis toca a las {time}, así que esta no puede esperar más. Diga si se tomó, o sáltela (si no se tomó, no la tome y tome la dosis siguiente a la hora de siempre).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the plan).</source>
        <translation>{name}: las dosis siguen el plan «{plan}», paso {step} de {steps} ({mg} mg al día en el plan).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the plan). Then stop.</source>
        <translation>{name}: las dosis siguen el plan «{plan}», paso {step} de {steps} ({mg} mg al día en el plan). Después, dejarlo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” ended on {day} and said stop after its last step, so no more doses are reminded.</source>
        <translation>{name}: el plan «{plan}» terminó el {day} y decía dejarlo después del último paso, así que no se recuerdan más dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” ended on {day}; its last step ({mg} mg a day in the plan) is still reminded. If the doctor or nurse said otherwise, change or archive the plan on the Plans page.</source>
        <translation>{name}: el plan «{plan}» terminó el {day}; se sigue recordando su último paso ({mg} mg al día en el plan). Si el médico o la enfermera dijeron otra cosa, cambie o archive el plan en la página Planes.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” is followed, but none of its times of day is a time on the Medicines page, so reminders give the Medicines page&apos;s doses. Change the plan&apos;s times or the medicine&apos;s.</source>
        <translation>{name}: se sigue el plan «{plan}», pero ninguna de sus horas del día es una hora de la página Medicamentos, así que los recordatorios dan las dosis de la página Medicamentos. Cambie las horas del plan o las del medicamento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” starts on {day}; until then the doses on the Medicines page are reminded.</source>
        <translation>{name}: el plan «{plan}» empieza el {day}; hasta entonces se recuerdan las dosis de la página Medicamentos.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/doses.py"/>
        <source>{name}: {notice}</source>
        <translation>{name}: {notice}</translation>
    </message>
</context>
<context>
    <name>services.medicines</name>
    <message>
        <location filename="../src/caregiver_app/services/medicines.py"/>
        <source>The plan “{plan}” gives doses at {times}, which would no longer be times on this page: those plan doses would not be reminded, and the new times would get the doses set here. Change the plan&apos;s times on the Plans page too.</source>
        <translation>El plan «{plan}» da dosis a las {times}, que ya no serían horas de esta página: esas dosis del plan no se recordarían, y las horas nuevas tendrían las dosis puestas aquí. Cambie también las horas del plan en la página Planes.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/medicines.py"/>
        <source>The plan “{plan}” sets this medicine&apos;s doses at {times}. With this schedule it cannot: reminders would give the doses set here instead. Change or archive the plan on the Plans page if that is what the doctor or nurse said.</source>
        <translation>El plan «{plan}» pone las dosis de este medicamento a las {times}. Con esta pauta no puede: los recordatorios darían en su lugar las dosis puestas aquí. Cambie o archive el plan en la página Planes si eso es lo que dijeron el médico o la enfermera.</translation>
    </message>
</context>
<context>
    <name>services.plans</name>
    <message>
        <location filename="../src/caregiver_app/services/plans.py"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/plans.py"/>
        <source>The plan has doses at {times}, but {name}&apos;s reminders come only at {have} (the times set on the Medicines page), so those doses would not be reminded. To be reminded of them, add {times} to {name}&apos;s times on the Medicines page.</source>
        <translation>El plan tiene dosis a las {times}, pero los recordatorios de {name} solo llegan a las {have} (las horas puestas en la página Medicamentos), así que esas dosis no se recordarían. Para que se recuerden, añada {times} a las horas de {name} en la página Medicamentos.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/plans.py"/>
        <source>{name} has a dose at {times}, which this plan does not list: that dose stays as set on the Medicines page, whatever the plan says. If the plan should change or stop that dose, add {times} to the plan (0 mg to stop it).</source>
        <translation>{name} tiene una dosis a las {times}, que este plan no incluye: esa dosis se queda como está en la página Medicamentos, diga lo que diga el plan. Si el plan debe cambiar o quitar esa dosis, añada {times} al plan (0 mg para quitarla).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/plans.py"/>
        <source>{name} has no daily times on the Medicines page, so reminders cannot follow this plan: set the times there.</source>
        <translation>{name} no tiene horas del día en la página Medicamentos, así que los recordatorios no pueden seguir este plan: ponga las horas allí.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/services/plans.py"/>
        <source>{name} is taken on some weekdays only: the plan&apos;s doses are reminded on those days only.</source>
        <translation>{name} se toma solo algunos días de la semana: las dosis del plan se recuerdan solo esos días.</translation>
    </message>
</context>
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
        <translation>Las señales de peligro están anidadas a demasiada profundidad.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are not a list of the app&apos;s names.</source>
        <translation>Las señales de peligro no son una lista de nombres de la aplicación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are not valid JSON.</source>
        <translation>Las señales de peligro no son JSON válido.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/storage/diary.py"/>
        <source>The danger signs are too long ({count} characters; the app writes at most {most}).</source>
        <translation>Las señales de peligro son demasiado largas ({count} caracteres; la aplicación escribe como mucho {most}).</translation>
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
    <name>ui.about</name>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Licence&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Licencia&lt;/b&gt;&lt;p&gt;{licence}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Reporting a problem&lt;/b&gt;&lt;p&gt;Please describe what you did and what happened at {link}. If the app showed an error report, copy it from that window. Attach the log files if you can; never send your data file, which holds health information.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cómo informar de un problema&lt;/b&gt;&lt;p&gt;Cuente lo que hizo y lo que pasó en {link}. Si la aplicación mostró un informe de error, cópielo de esa ventana. Adjunte los archivos de registro si puede; no envíe nunca su archivo de datos, que contiene información de salud.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them. They were last reviewed on {date}.&lt;/p&gt;</source>
        <translation>&lt;b&gt;De dónde viene la información médica&lt;/b&gt;&lt;p&gt;Las páginas de información están escritas con palabras sencillas a partir de estas fuentes, y cada página las cita. Se revisaron por última vez el {date}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>&lt;b&gt;Where the medical information comes from&lt;/b&gt;&lt;p&gt;The information pages are written in plain words from these named sources, and each page cites them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;De dónde viene la información médica&lt;/b&gt;&lt;p&gt;Las páginas de información están escritas con palabras sencillas a partir de estas fuentes, y cada página las cita.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>About Caregiver Assistant</source>
        <translation>Acerca de Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant is free software under the MIT licence. It is built with Qt for Python (PySide6, LGPL v3), APScheduler, platformdirs and tzdata, each under its own licence.</source>
        <translation>Caregiver Assistant es software libre con la licencia MIT. Está hecho con Qt for Python (PySide6, LGPL v3), APScheduler, platformdirs y tzdata, cada uno con su propia licencia.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Caregiver Assistant version {version}</source>
        <translation>Caregiver Assistant, versión {version}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Dose reminders, a symptom diary and dose plans, kept only on this computer. This app does not give medical advice: talk to your doctor or nurse.</source>
        <translation>Recordatorios de dosis, un diario de síntomas y planes de dosis, guardados solo en este ordenador. Esta aplicación no da consejo médico: consulte a su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Log files (events and ids, no health data)</source>
        <translation>Archivos de registro (sucesos e identificadores, sin datos de salud)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Show the &amp;sources page</source>
        <translation>Ver la página de &amp;fuentes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/about.py"/>
        <source>Your data folder</source>
        <translation>Su carpeta de datos</translation>
    </message>
</context>
<context>
    <name>ui.backup_dialogs</name>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>A checked copy of your data was saved to:
{path}

Keep it somewhere safe, for example on a USB stick.</source>
        <translation>Se guardó una copia comprobada de sus datos en:
{path}

Guárdela en un sitio seguro, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>All files ({patterns})</source>
        <translation>Todos los archivos ({patterns})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup failed: {reason}</source>
        <translation>La copia de seguridad falló: {reason}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup made at {time}.</source>
        <translation>Copia de seguridad hecha a las {time}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup not made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup not made: {reason}</source>
        <translation>No se hizo la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup saved</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backup saved to {path}.</source>
        <translation>Copia de seguridad guardada en {path}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Backups cannot be listed</source>
        <translation>No se pueden mostrar las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Caregiver Assistant backups ({patterns})</source>
        <translation>Copias de seguridad de Caregiver Assistant ({patterns})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Choose the backup to go back to. Everything entered after it was made is replaced by the backup. Your data as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Elija la copia de seguridad a la que quiere volver. Todo lo que se anotó después de hacerla se sustituye por la copia. Antes se hace una copia de sus datos tal como están ahora, así que también se puede deshacer la restauración.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Diary entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Doses</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Go back to the backup made {when}? It holds {contents}.

Everything entered since then is replaced. Your data as it is now is backed up first, so you can return to it by restoring that backup (marked “before a restore”).

The app restarts its window to show the restored data.</source>
        <translation>¿Volver a la copia de seguridad hecha el {when}? Contiene {contents}.

Todo lo que se anotó desde entonces se sustituye. Antes se hace una copia de sus datos tal como están ahora, así que puede volver a ellos restaurando esa copia (marcada “antes de restaurar”).

La aplicación vuelve a abrir su ventana para mostrar los datos restaurados.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Other choices…</source>
        <translation>Otras opciones…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurar desde un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore from a backup file elsewhere</source>
        <translation>Restaurar desde un archivo de copia de seguridad guardado en otro sitio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore the newest good backup?</source>
        <translation>¿Restaurar la copia de seguridad en buen estado más reciente?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad elegida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The backup failed ({reason}). Your data itself is unchanged.</source>
        <translation>La copia de seguridad falló ({reason}). Sus datos no han cambiado.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>The restore did not happen: {reason}

Your data is as it was before.</source>
        <translation>No se hizo la restauración: {reason}

Sus datos están como antes.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>There are no backups yet. The app makes one each time it starts and once a day.</source>
        <translation>Todavía no hay copias de seguridad. La aplicación hace una cada vez que se abre y una vez al día.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>This backup cannot be restored</source>
        <translation>Esta copia de seguridad no se puede restaurar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Your data was restored from the backup made {when} ({contents}).

The damaged file was kept as:
{file}</source>
        <translation>Sus datos se restauraron desde la copia de seguridad hecha el {when} ({contents}).

El archivo dañado se guardó como:
{file}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>Your data was restored from the backup made {when} ({contents}).

Your data as it was just before is kept in the backup:
{file}</source>
        <translation>Sus datos se restauraron desde la copia de seguridad hecha el {when} ({contents}).

Sus datos tal como estaban justo antes se guardan en la copia:
{file}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>before a restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>before an import</source>
        <translation>antes de importar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{date} {year}, {time}</source>
        <translation>{date} {year}, {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{file} {problem}.

Nothing was changed. Choose another backup.</source>
        <translation>{file} {problem}.

No se cambió nada. Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{problem}

The newest backup that passes its check was made {when} and holds {contents}. Restore it? Anything entered after it was made is not in it. The damaged file is kept beside the data file (renamed), so it can still be rescued later.</source>
        <translation>{problem}

La copia de seguridad más reciente que pasa la comprobación se hizo el {when} y contiene {contents}. ¿Restaurarla? Lo que se anotó después de hacerla no está en ella. El archivo dañado se guarda junto al archivo de datos (con otro nombre), así que todavía se puede recuperar más tarde.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/backup_dialogs.py"/>
        <source>{reason}

The app tries again every hour. You can also use File &gt; Back up now… to save a copy somewhere else.</source>
        <translation>{reason}

La aplicación lo vuelve a intentar cada hora. También puede usar Archivo &gt; Hacer una copia de seguridad ahora… para guardar una copia en otro sitio.</translation>
    </message>
</context>
<context>
    <name>ui.charts</name>
    <message>
        <location filename="../src/caregiver_app/ui/charts.py"/>
        <source>Diary chart</source>
        <translation>Gráfico del diario</translation>
    </message>
</context>
<context>
    <name>ui.checkin</name>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Emergency signs</source>
        <translation>Señales de &amp;emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;None of these</source>
        <translation>&amp;Ninguna de estas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;None of these  (Enter)</source>
        <translation>&amp;Ninguna de estas  (Intro)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Save answer</source>
        <translation>&amp;Guardar respuesta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Danger signs&lt;/b&gt; (what to do comes up the moment one is ticked):</source>
        <translation>&lt;b&gt;Señales de peligro&lt;/b&gt; (en cuanto marque una, aparece qué hacer):</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Recorded in the diary&lt;/b&gt; (danger signs: {signs}). Add anything else, then Save changes.</source>
        <translation>&lt;b&gt;Anotado en el diario&lt;/b&gt; (señales de peligro: {signs}). Añada lo que falte y luego pulse Guardar cambios.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Recorded in the diary&lt;/b&gt;. Add anything else, then Save changes.</source>
        <translation>&lt;b&gt;Anotado en el diario&lt;/b&gt;. Añada lo que falte y luego pulse Guardar cambios.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>&lt;b&gt;Side effects&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Efectos secundarios&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Already answered</source>
        <translation>Ya está contestado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Answer later (it stays on Today until the end of today)</source>
        <translation>Contestar más tarde (sigue en Hoy hasta que acabe el día)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Answer later (it stays on Today)</source>
        <translation>Contestar más tarde (sigue en Hoy)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Check-in for {name}</source>
        <translation>Control de {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Check-in — Caregiver Assistant</source>
        <translation>Control del día — Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Danger sign: {sign}</source>
        <translation>Señal de peligro: {sign}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>How are things today?</source>
        <translation>¿Cómo va el día de hoy?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Leave it empty if it was not scored.</source>
        <translation>Déjelo vacío si no se puntuó.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>None of these</source>
        <translation>Ninguna de estas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Recorded</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>S&amp;pasticity in the last 24 hours (0 none, 10 worst possible):</source>
        <translation>Es&amp;pasticidad en las últimas 24 horas (0 nada, 10 la peor posible):</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Save answer</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Side effect: {effect}</source>
        <translation>Efecto secundario: {effect}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Spasticity in the last 24 hours, 0 to 10</source>
        <translation>Espasticidad en las últimas 24 horas, de 0 a 10</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>Spasticity is a whole number from 0 (none) to 10 (worst possible), or left empty.</source>
        <translation>La espasticidad es un número entero de 0 (nada) a 10 (la peor posible), o se deja vacía.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>The danger sign is recorded; the score is not yet: {problem}</source>
        <translation>La señal de peligro está anotada; la puntuación todavía no: {problem}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>These questions are the app&apos;s, not medical advice: if anything worries you, talk to your doctor or nurse.</source>
        <translation>Estas preguntas son de la aplicación, no son consejo médico: si algo le preocupa, hable con su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/checkin.py"/>
        <source>{line} — not answered on the day; answer it now for that day</source>
        <translation>{line} — no se contestó ese día; contéstelo ahora para ese día</translation>
    </message>
</context>
<context>
    <name>ui.diary_form</name>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;Alcohol or other sedating medicines today</source>
        <translation>Alco&amp;hol u otros medicamentos que dan sueño, hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;Danger signs — tick only what happened; these need action now</source>
        <translation>Señales de peli&amp;gro: marque solo lo que pasó; hay que actuar ya</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>&amp;When</source>
        <translation>Cuán&amp;do</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>0 no pain – 10 worst possible</source>
        <translation>0 sin dolor – 10 el peor posible</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>0 none – 10 worst possible</source>
        <translation>0 nada – 10 la peor posible</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Alcohol and other sedating medicines (sleeping pills, opioids, some antihistamines) add to drowsiness.</source>
        <translation>El alcohol y otros medicamentos que dan sueño (pastillas para dormir, opioides, algunos antihistamínicos) aumentan la somnolencia.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Anything else, up to {count} characters.</source>
        <translation>Cualquier otra cosa, hasta {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Call the emergency number</source>
        <translation>Llame al número de emergencias</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Cancel changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Changing the entry of {when}. Save keeps the change (it can be undone); Cancel changes leaves the entry as it was.</source>
        <translation>Está cambiando la anotación del {when}. Guardar conserva el cambio (se puede deshacer); Descartar cambios deja la anotación como estaba.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Clear form</source>
        <translation>Vaciar el formulario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Contact the doctor now</source>
        <translation>Llame al médico ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Intro guarda</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Danger signs</source>
        <translation>Señales de peligro</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Date and time of the entry; it starts as now.</source>
        <translation>Fecha y hora de la anotación; al principio es la de ahora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Diary status</source>
        <translation>Estado del diario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Fill in the values of the last entry (Ctrl+L); danger signs and notes are not copied</source>
        <translation>Rellena con los valores de la última anotación (Ctrl+L); las señales de peligro y las notas no se copian</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Hours of sleep last night (0 to 24; halves allowed).</source>
        <translation>Horas de sueño anoche (de 0 a 24; se admiten medias horas).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>How many times spasms woke them last night.</source>
        <translation>Cuántas veces le despertaron los espasmos anoche.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Note&amp;s</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Other side effects</source>
        <translation>Otros efectos secundarios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Other side effects, in your words.</source>
        <translation>Otros efectos secundarios, con sus palabras.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Pa&amp;in</source>
        <translation>Do&amp;lor</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>S&amp;leep</source>
        <translation>S&amp;ueño</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Same as last entry (Ctrl+L)</source>
        <translation>Repetir la última (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Save entry</source>
        <translation>Guardar anotación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Saves the entry. Ctrl+Enter saves from any field.</source>
        <translation>Guarda la anotación. Ctrl+Intro guarda desde cualquier campo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Se&amp;verity, when there were spasms (click one, or press 1 to 3)</source>
        <translation>In&amp;tensidad, si hubo espasmos (haga clic en una, o pulse de 1 a 3)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Set the time to now</source>
        <translation>Poner la hora de ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects noticed today. Space ticks; arrow keys move between them.</source>
        <translation>Efectos secundarios notados hoy. La barra espaciadora marca; las flechas pasan de uno a otro.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Side effects t&amp;oday</source>
        <translation>E&amp;fectos secundarios hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Sleep hours</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spas&amp;ms {recall} (click one, or press 0 to 4)</source>
        <translation>Espas&amp;mos {recall} (haga clic en una, o pulse de 0 a 4)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasm frequency (Penn scale)</source>
        <translation>Frecuencia de espasmos (escala de Penn)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasm severity (Penn scale)</source>
        <translation>Intensidad de los espasmos (escala de Penn)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasticit&amp;y</source>
        <translation>E&amp;spasticidad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Spasticity</source>
        <translation>Espasticidad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Stretching / physiotherapy done</source>
        <translation>Estiramientos / fisioterapia hechos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Tick only what happened. These need action now, not at the next appointment.</source>
        <translation>Marque solo lo que pasó. Hay que actuar ya, no esperar a la próxima cita.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Wo&amp;ken</source>
        <translation>Desperta&amp;res</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>Woken by spasms</source>
        <translation>Despertares por espasmos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>hours last night</source>
        <translation>horas anoche</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>other side effects, in your words (optional)</source>
        <translation>otros efectos secundarios, con sus palabras (opcional)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_form.py"/>
        <source>times by spasms</source>
        <translation>veces por espasmos</translation>
    </message>
</context>
<context>
    <name>ui.diary_model</name>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Alcohol or sedating medicines; stretching or physiotherapy</source>
        <translation>Alcohol o medicamentos que dan sueño; estiramientos o fisioterapia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Also</source>
        <translation>Además</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in for {day}.</source>
        <translation>Control del {day}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in for {day}: none of the signs asked about.</source>
        <translation>Control del {day}: ninguna de las señales preguntadas.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in.</source>
        <translation>Control.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Check-in: none of the signs asked about.</source>
        <translation>Control: ninguna de las señales preguntadas.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger sign recorded: {signs}</source>
        <translation>Señal de peligro anotada: {signs}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger signs</source>
        <translation>Señales de peligro</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Danger signs recorded: these needed action at once</source>
        <translation>Señales de peligro anotadas: había que actuar enseguida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Date and time of the entry</source>
        <translation>Fecha y hora de la anotación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Hours of sleep</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>How bad the spasms were, 1–3 (the Penn scale)</source>
        <translation>Lo fuertes que fueron los espasmos, 1–3 (la escala de Penn)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>How often spasms came in the last 24 hours, 0–4 (the Penn scale)</source>
        <translation>Con qué frecuencia hubo espasmos en las últimas 24 horas, 0–4 (la escala de Penn)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Pain 0–10</source>
        <translation>Dolor 0–10</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Side effects ticked, and others in words</source>
        <translation>Efectos secundarios marcados, y otros escritos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasms</source>
        <translation>Espasmos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasticity</source>
        <translation>Espasticidad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Spasticity 0–10</source>
        <translation>Espasticidad 0–10</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Times spasms woke them</source>
        <translation>Veces que le despertaron los espasmos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>Woken</source>
        <translation>Despertares</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>alcohol/sedatives</source>
        <translation>alcohol/sedantes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>stretching</source>
        <translation>estiramientos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{date} {year} {time}</source>
        <translation>{date} {year} {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{tip} (not sortable)</source>
        <translation>{tip} (no se puede ordenar)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/diary_model.py"/>
        <source>{when}  (check-in)</source>
        <translation>{when}  (control)</translation>
    </message>
</context>
<context>
    <name>ui.error_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Copy report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Error report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something unexpected went wrong. Your saved data is safe and the app keeps running.
If it happens again, copy this report and send it to whoever supports the app. It holds no health data.</source>
        <translation>Algo inesperado ha fallado. Sus datos guardados están a salvo y la aplicación sigue funcionando.
Si vuelve a pasar, copie este informe y envíelo a quien dé soporte a la aplicación. No contiene datos de salud.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/error_dialog.py"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
</context>
<context>
    <name>ui.forms</name>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Calendar: arrows move, Enter chooses, Escape closes</source>
        <translation>Calendario: las flechas mueven, Intro elige, Escape cierra</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>Choose the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example}</source>
        <translation>p. ej. {example}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} (optional)</source>
        <translation>p. ej. {example} (opcional)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950</source>
        <translation>p. ej. {example} o solo el año, 1950</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>e.g. {example} or just the year, 1950 (optional)</source>
        <translation>p. ej. {example} o solo el año, 1950 (opcional)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>not recorded. Type {keys} to choose; Delete clears.</source>
        <translation>sin anotar. Escriba {keys} para elegir; Suprimir borra.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>{name}: choose on a calendar</source>
        <translation>{name}: elegir en un calendario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/forms.py"/>
        <source>{value}: {meaning}. Type {keys} to choose; Delete clears.</source>
        <translation>{value}: {meaning}. Escriba {keys} para elegir; Suprimir borra.</translation>
    </message>
</context>
<context>
    <name>ui.history</name>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Between</source>
        <translation>&amp;Entre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>&amp;When taken</source>
        <translation>&amp;Cuándo se tomó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>All medicines</source>
        <translation>Todos los medicamentos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct a dose record</source>
        <translation>Corregir un registro de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct the selected record</source>
        <translation>Corregir el registro elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correct this &amp;record…</source>
        <translation>&amp;Corregir este registro…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Date taken</source>
        <translation>Fecha en que se tomó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose history</source>
        <translation>Historial de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Dose in mg</source>
        <translation>Dosis en mg</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Due</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Filter by medicine</source>
        <translation>Filtrar por medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Please say why this answer is withdrawn (the reason is kept with it).</source>
        <translation>Diga por qué se retira esta respuesta (el motivo se guarda con ella).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Reason for the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Show replaced &amp;versions</source>
        <translation>Mostrar las &amp;versiones sustituidas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Show replaced versions</source>
        <translation>Mostrar las versiones sustituidas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>The original record is kept, marked as replaced, so the history stays trustworthy.</source>
        <translation>El registro original se guarda, marcado como sustituido, para que el historial siga siendo fiable.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Time taken</source>
        <translation>Hora en que se tomó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>Why is this being corrected? (required)</source>
        <translation>¿Por qué se corrige? (obligatorio)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>a&amp;nd</source>
        <translation>&amp;y</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>corrected: {reason}</source>
        <translation>corregida: {reason}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>no answer yet (withdraw this answer)</source>
        <translation>todavía sin respuesta (retirar esta respuesta)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>not taken</source>
        <translation>no tomada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>withdrawn: {reason}</source>
        <translation>retirada: {reason}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>{answer} (replaced)</source>
        <translation>{answer} (sustituida)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>{answer} — withdrawn (no answer now)</source>
        <translation>{answer} — retirada (ahora sin respuesta)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/history.py"/>
        <source>“No answer yet” withdraws a wrong answer: it stays in the history, marked withdrawn, and the dose can be answered again.</source>
        <translation>«Todavía sin respuesta» retira una respuesta equivocada: se queda en el historial, marcada como retirada, y se puede volver a responder a la dosis.</translation>
    </message>
</context>
<context>
    <name>ui.info_browser</name>
    <message>
        <location filename="../src/caregiver_app/ui/info_browser.py"/>
        <source>(website: {address})</source>
        <translation>(sitio web: {address})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/info_browser.py"/>
        <source>This link leaves the app and opens {address} in your web browser. Open it?</source>
        <translation>Este enlace sale de la aplicación y abre {address} en su navegador web. ¿Abrirlo?</translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;About Caregiver Assistant</source>
        <translation>&amp;Acerca de Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Add a person…</source>
        <translation>Aña&amp;dir una persona…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Back up now…</source>
        <translation>Hacer una &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Caring for:</source>
        <translation>&amp;Cuidando a:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Close window</source>
        <translation>C&amp;errar la ventana</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Edit this person…</source>
        <translation>&amp;Editar esta persona…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Emergency signs</source>
        <translation>&amp;Señales de emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Manage people…</source>
        <translation>&amp;Gestionar personas…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Quit (reminders stop)…</source>
        <translation>&amp;Salir (se detienen los recordatorios)…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>&amp;Using this app (the guide)</source>
        <translation>&amp;Cómo usar esta aplicación (la guía)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Caregiver Assistant — {name}</source>
        <translation>Caregiver Assistant — {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Emergency signs</source>
        <translation>Señales de emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Go back to one of the automatic backups</source>
        <translation>Volver a una de las copias de seguridad automáticas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>How each page works, with pictures</source>
        <translation>Cómo funciona cada página, con imágenes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Manage people cared for</source>
        <translation>Gestionar las personas a las que cuida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>People…</source>
        <translation>Personas…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Person cared for</source>
        <translation>Persona a la que cuida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Reminder status</source>
        <translation>Estado de los recordatorios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Save a checked copy of all your data to a file you choose</source>
        <translation>Guardar una copia comprobada de todos sus datos en un archivo que usted elija</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Switch between the people you look after</source>
        <translation>Cambiar entre las personas a las que cuida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now</source>
        <translation>Cuándo llamar ya al número de emergencias o al médico</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>When to call the emergency number or the doctor now (F1)</source>
        <translation>Cuándo llamar ya al número de emergencias o al médico (F1)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/main_window.py"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
</context>
<context>
    <name>ui.medicine_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;End date</source>
        <translation>Fecha d&amp;e fin</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Form</source>
        <translation>&amp;Forma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;How often</source>
        <translation>Con &amp;qué frecuencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Prescriber</source>
        <translation>&amp;Médico que lo receta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Reorder warning (days)</source>
        <translation>A&amp;viso para pedir más (días)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>&amp;Strength (mg)</source>
        <translation>&amp;Concentración (mg)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>A plan sets these doses</source>
        <translation>Un plan fija estas dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>A plan sets this medicine&apos;s doses</source>
        <translation>Un plan fija las dosis de este medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>About the active ingredient</source>
        <translation>Sobre el principio activo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>About the amounts to give</source>
        <translation>Sobre las cantidades que hay que dar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Above the label maximum</source>
        <translation>Por encima del máximo de la ficha técnica</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Active &amp;ingredient</source>
        <translation>Principio &amp;activo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a &amp;time</source>
        <translation>Añadir una &amp;hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a medicine for {name}</source>
        <translation>Añadir un medicamento para {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Add a time of day</source>
        <translation>Añadir una hora del día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Amount to give (worked out)</source>
        <translation>Cantidad que hay que dar (calculada)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Another strength: type it in mg per mL below</source>
        <translation>Otra concentración: escríbala abajo en mg por mL</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At fixed times every day</source>
        <translation>A horas fijas cada día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At least (hours) between doses</source>
        <translation>Como mínimo (horas) entre dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>At most (doses a day)</source>
        <translation>Como máximo (dosis al día)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Baclofen tablets come in 5, 10 and 20 mg (15 mg in some), granule packets in 5, 10 and 20 mg: type the strength printed on the box.</source>
        <translation>Los comprimidos de baclofeno son de 5, 10 y 20 mg (algunos de 15 mg), y los sobres de granulado de 5, 10 y 20 mg: escriba la concentración impresa en la caja.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Choose the strength printed on the bottle…</source>
        <translation>Elija la concentración impresa en el frasco…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Doses very close together</source>
        <translation>Dosis muy seguidas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Edit a medicine for {name}</source>
        <translation>Modificar un medicamento de {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Every (hours)</source>
        <translation>Cada (horas)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Every few hours</source>
        <translation>Cada pocas horas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>First dose at (HH:MM)</source>
        <translation>Primera dosis a las (HH:MM)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>For: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Go back and check</source>
        <translation>Volver y revisar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>How times work when the clocks change</source>
        <translation>Qué pasa con las horas cuando se cambia la hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Instr&amp;uctions</source>
        <translation>Instr&amp;ucciones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Low-reservoir alarm date</source>
        <translation>Fecha de la alarma de depósito bajo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Medicine name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Next pump re&amp;fill</source>
        <translation>Próxima &amp;recarga de la bomba</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Next pump refill</source>
        <translation>Próxima recarga de la bomba</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Not saved: please check the strength with the bottle or box in hand.</source>
        <translation>No se ha guardado: revise la concentración con el frasco o la caja en la mano.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>On chosen days of the week</source>
        <translation>Los días de la semana elegidos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>On:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Only when needed (as needed)</source>
        <translation>Solo cuando haga falta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please check the strength</source>
        <translation>Revise la concentración</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please check this dose</source>
        <translation>Revise esta dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Please choose the active ingredient: baclofen, or another medicine.</source>
        <translation>Elija el principio activo: baclofeno u otro medicamento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remind (days before)</source>
        <translation>Recordar (días antes)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remove the selected time</source>
        <translation>Quitar la hora elegida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Remove the selected time of day</source>
        <translation>Quitar la hora del día elegida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Reorder warning</source>
        <translation>El aviso para pedir más</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Row {row}: {problem}</source>
        <translation>Fila {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Start &amp;date</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Stoc&amp;k on hand</source>
        <translation>Can&amp;tidad en casa</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Stock on hand</source>
        <translation>La cantidad en casa</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength</source>
        <translation>La concentración</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength (m&amp;g in each mL)</source>
        <translation>Concentración (m&amp;g en cada mL)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Strength on the &amp;bottle</source>
        <translation>Concentración en el fra&amp;sco</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>The medicine</source>
        <translation>El medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>The plan “{plan}” is being followed for this medicine: while it is, reminders give the plan&apos;s doses at the times the plan lists; other times keep the doses set here. To change the plan&apos;s doses, change the plan on the Plans page (or archive it to go back to the doses set here).</source>
        <translation>Para este medicamento se está siguiendo el plan «{plan}»: mientras se siga, los recordatorios avisan de las dosis del plan a las horas que indica el plan; las demás horas mantienen las dosis puestas aquí. Para cambiar las dosis del plan, cambie el plan en la página Planes (o archívelo para volver a las dosis puestas aquí).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Time (HH:MM)</source>
        <translation>Hora (HH:MM)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Times are the local clock time: 08:00 stays 08:00 when the clocks change. On the night the clocks go forward, a time that does not exist (e.g. 02:30) is reminded once, at the first minute after the gap; on the night they go back, a time that happens twice is reminded once. &quot;Every few hours&quot; counts real hours, so its clock times move by an hour when the clocks change.</source>
        <translation>Las horas son las del reloj local: las 08:00 siguen siendo las 08:00 cuando se cambia la hora. La noche en que se adelantan los relojes, una hora que no existe (por ejemplo, las 02:30) se recuerda una vez, en el primer minuto después del salto; la noche en que se atrasan, una hora que ocurre dos veces se recuerda una sola vez. «Cada pocas horas» cuenta horas reales, así que sus horas de reloj se mueven una hora cuando se cambia la hora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Times of day and doses</source>
        <translation>Horas del día y dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Type the time and the dose in mg; the amount to give is worked out. Arrow keys move between cells; Tab leaves the table.</source>
        <translation>Escriba la hora y la dosis en mg; la cantidad que hay que dar se calcula sola. Las flechas mueven entre las casillas; Tab sale de la tabla.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>When it is taken</source>
        <translation>Cuándo se toma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Worked out from the dose and the strength; change those to change it</source>
        <translation>Calculada a partir de la dosis y la concentración; cambie estas para cambiarla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Write whole numbers of days separated by commas, e.g. 7, 2.</source>
        <translation>Escriba números enteros de días separados por comas, por ejemplo: 7, 2.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>Yes, the prescription says so</source>
        <translation>Sí, así lo dice la receta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>as the prescription says</source>
        <translation>lo que diga la receta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>days before each date, e.g. 7, 2</source>
        <translation>días antes de cada fecha, por ejemplo: 7, 2</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>e.g. Baclofen</source>
        <translation>por ejemplo: Baclofeno</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>e.g. with or after food</source>
        <translation>por ejemplo: con la comida o después</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>mg in each mL, as on the bottle (5 mg/5 mL is 1)</source>
        <translation>mg en cada mL, como en el frasco (5 mg/5 mL es 1)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>mg in one tablet or packet, e.g. 10</source>
        <translation>mg en un comprimido o sobre, por ejemplo: 10</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>tablets, packets or mL on hand (optional)</source>
        <translation>comprimidos, sobres o mL que hay en casa (opcional)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>warn when this many days are left (default 7)</source>
        <translation>avisar cuando queden estos días (si no, 7)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{label} must be a number.</source>
        <translation>{label} tiene que ser un número.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{label} must be a whole number.</source>
        <translation>{label} tiene que ser un número entero.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{question}

Is this the strength printed on it? Save it as it is?</source>
        <translation>{question}

¿Es esta la concentración impresa? ¿Guardarla así?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>{warnings}

Save it anyway?</source>
        <translation>{warnings}

¿Guardarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/medicine_dialog.py"/>
        <source>“{name}” looks like baclofen. If it is baclofen, choose Baclofen as the active ingredient, so that its checks apply. {note}</source>
        <translation>«{name}» parece baclofeno. Si es baclofeno, elija Baclofeno como principio activo, para que se apliquen sus comprobaciones. {note}</translation>
    </message>
</context>
<context>
    <name>ui.pages.base</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Archive {what}</source>
        <translation>Archivar {what}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Archived “{name}”. Ctrl+Z brings it back.</source>
        <translation>Se archivó “{name}”. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>For: {name}</source>
        <translation>Persona: {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Nobody to care for yet. Start by adding the person you look after (you can add more people later).

New here? The guide “Using this app” (in the Help menu) shows what each page does, with pictures. For emergency signs, press F1 at any time.</source>
        <translation>Todavía no hay nadie a quien cuidar. Empiece por añadir a la persona que usted cuida (puede añadir más personas después).

¿Es la primera vez? La guía “Cómo usar esta aplicación” (en el menú Ayuda) muestra con imágenes lo que hace cada página. Para las señales de emergencia, pulse F1 en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Restore {what}</source>
        <translation>Recuperar {what}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Restored “{name}”.</source>
        <translation>Se recuperó “{name}”.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/base.py"/>
        <source>Undone: {action}.</source>
        <translation>Deshecho: {action}.</translation>
    </message>
</context>
<context>
    <name>ui.pages.diary</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>%n entries</source>
        <extracomment>English singular: %n entry</extracomment>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Delete…</source>
        <translation>Bo&amp;rrar…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva anotación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Score</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>A&amp;verage</source>
        <translation>Me&amp;dia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Add diary entry ({when})</source>
        <translation>Añadir anotación del diario ({when})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any score</source>
        <translation>Cualquier puntuación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Any side effect</source>
        <translation>Cualquier efecto secundario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Average over</source>
        <translation>Media por</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ch&amp;ange…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change diary entry ({when})</source>
        <translation>Cambiar anotación del diario ({when})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Change the selected entry (Enter)</source>
        <translation>Cambiar la anotación elegida (Intro)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Char&amp;t</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Copied from {when} (danger signs and notes are not copied). Change what is different, then save.</source>
        <translation>Copiada de la anotación de {when} (las señales de peligro y las notas no se copian). Cambie lo que sea distinto y después guarde.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Could not save the chart to {path}</source>
        <translation>No se pudo guardar el gráfico en {path}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Daily average</source>
        <translation>Media diaria</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry</source>
        <translation>Borrar anotación del diario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete diary entry ({when})</source>
        <translation>Borrar anotación del diario ({when})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the entry of {when}?

You can undo this (Ctrl+Z).</source>
        <translation>¿Borrar la anotación de {when}?

Puede deshacerlo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Delete the selected entry (Delete); it can be undone</source>
        <translation>Borrar la anotación elegida (Supr); se puede deshacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Deleted the entry of {when}.</source>
        <translation>Se borró la anotación de {when}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Diary entries</source>
        <translation>Anotaciones del diario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Drowsiness, Dizziness</source>
        <translation>Somnolencia, Mareo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ent&amp;ries</source>
        <translation>Ano&amp;taciones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export failed: {why}. Nothing was written.</source>
        <translation>No se pudo exportar: {why}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Export the diary as CSV</source>
        <translation>Exportar el diario como CSV</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Exported {entries} to {path}</source>
        <translation>Exportado a {path}: {entries}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by score</source>
        <translation>Filtrar por puntuación</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Filter by side effect</source>
        <translation>Filtrar por efecto secundario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Highest score</source>
        <translation>Puntuación más alta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Legs stiff in the morning</source>
        <translation>Piernas rígidas por la mañana</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Lowest score</source>
        <translation>Puntuación más baja</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Monthly average</source>
        <translation>Media mensual</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>No entries yet. A short entry each evening (spasms, stiffness, pain, sleep, side effects) shows over time whether a dose change helps.</source>
        <translation>Todavía no hay anotaciones. Una anotación corta cada noche (espasmos, rigidez, dolor, sueño, efectos secundarios) muestra con el tiempo si un cambio de dosis ayuda.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not deleted: {why}</source>
        <translation>No se borró: {why}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved yet: please put right the fields marked in red. The entry, with its danger sign, is saved as soon as they are right; nothing you typed is lost.</source>
        <translation>Todavía no se ha guardado: corrija los campos marcados en rojo. La anotación, con su señal de peligro, se guarda en cuanto estén bien; no se pierde nada de lo que escribió.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Not saved: please check the fields marked in red.</source>
        <translation>No se guardó: revise los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Number of entries shown</source>
        <translation>Número de anotaciones mostradas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only check-ins</source>
        <translation>Solo controles</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only entries with danger signs</source>
        <translation>Solo anotaciones con señales de peligro</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Only the answers to the dose-change check-ins</source>
        <translation>Solo las respuestas a los controles por cambio de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is added again.</source>
        <translation>Rehecho: la anotación de {when} se ha añadido otra vez.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Redone: the entry of {when} is changed again.</source>
        <translation>Rehecho: la anotación de {when} se ha cambiado otra vez.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save as &amp;image…</source>
        <translation>Gua&amp;rdar como imagen…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the chart as an image</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Save the entries shown as a spreadsheet file (CSV)</source>
        <translation>Guardar las anotaciones mostradas en un archivo de hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved the chart to {path}</source>
        <translation>Gráfico guardado en {path}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}.</source>
        <translation>Guardada: {when}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Saved: {when}. (Ctrl+Z undoes the change.)</source>
        <translation>Guardada: {when}. (Ctrl+Z deshace el cambio.)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Score to chart</source>
        <translation>Puntuación del gráfico</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Sho&amp;w all</source>
        <translation>&amp;Mostrar todo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Showing {shown} of {entries}</source>
        <translation>Se muestran {shown} de {entries}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Symptom diary</source>
        <translation>Diario de síntomas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>The entry is back.</source>
        <translation>La anotación ha vuelto.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>There is no earlier entry to copy.</source>
        <translation>No hay ninguna anotación anterior que copiar.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Ti&amp;me</source>
        <translation>Peri&amp;odo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Time shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: adding the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>Deshecho: añadir la anotación de {when} (Ctrl+Mayús+Z lo rehace).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Undone: the change to the entry of {when} (Ctrl+Shift+Z redoes it).</source>
        <translation>Deshecho: el cambio de la anotación de {when} (Ctrl+Mayús+Z lo rehace).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Wed 30 Sep 2026 21:30  (check-in)</source>
        <translation>mié 30 sept 2026 21:30  (control)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>Weekly average</source>
        <translation>Media semanal</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary</source>
        <translation>diario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-chart.png</source>
        <translation>diario-grafico.png</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>diary-{name}-{date}.csv</source>
        <translation>diario-{name}-{date}.csv</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>{entries}; the last on {when}.</source>
        <translation>{entries}; la última, de {when}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>{period} average</source>
        <translation>Media: {period}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/diary.py"/>
        <source>⚠ A seizure (fit)</source>
        <translation>⚠ Una convulsión (ataque)</translation>
    </message>
</context>
<context>
    <name>ui.pages.info</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>%n matches on this page</source>
        <extracomment>English singular: %n match on this page</extracomment>
        <translation>
            <numerusform>%n coincidencia en esta página</numerusform>
            <numerusform>%n coincidencias en esta página</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>%n pages found</source>
        <extracomment>English singular: %n page found</extracomment>
        <translation>
            <numerusform>%n página encontrada</numerusform>
            <numerusform>%n páginas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>&amp;Search all pages</source>
        <translation>&amp;Buscar en todas las páginas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Back to the page before (Alt+Left)</source>
        <translation>Volver a la página anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Caregiver Assistant, information page “{title}”. Printed {date}. This is not medical advice: talk to your doctor or nurse.</source>
        <translation>Caregiver Assistant, página de información “{title}”. Impresa el {date}. Esto no es consejo médico: hable con su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>For example: missed dose</source>
        <translation>Por ejemplo: dosis olvidada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Forward again (Alt+Right)</source>
        <translation>Ir hacia delante otra vez (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Go to the first page, {title} (Alt+Home)</source>
        <translation>Ir a la primera página, {title} (Alt+Inicio)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information page text</source>
        <translation>Texto de la página de información</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Information pages</source>
        <translation>Páginas de información</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Leave the app?</source>
        <translation>¿Salir de la aplicación?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Leaves the app: {address}</source>
        <translation>Sale de la aplicación: {address}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Match {number} of {count} on this page</source>
        <translation>Coincidencia {number} de {count} en esta página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Matches on this page</source>
        <translation>Coincidencias en esta página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match</source>
        <translation>Siguiente coincidencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Next match on this page (Enter or F3)</source>
        <translation>Siguiente coincidencia en esta página (Intro o F3)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>No matches on this page</source>
        <translation>No hay coincidencias en esta página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Not opened: {address}</source>
        <translation>No se abrió: {address}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Nothing found for “{query}”. Try fewer or different words.</source>
        <translation>No se encontró nada para “{query}”. Pruebe con menos palabras o con otras.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Opened {address} in your web browser.</source>
        <translation>Se abrió {address} en su navegador web.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Opens “{title}”</source>
        <translation>Abre “{title}”</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Pages that contain the search words. Enter opens the page at the match</source>
        <translation>Páginas que contienen las palabras buscadas. Intro abre la página en la coincidencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Previous match on this page (Shift+F3)</source>
        <translation>Coincidencia anterior en esta página (Mayús+F3)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page</source>
        <translation>Imprimir esta página</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print this page with its sources (Ctrl+P)</source>
        <translation>Imprimir esta página con sus fuentes (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page as PDF</source>
        <translation>Guardar esta página como PDF</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Save this page with its sources as a PDF file (Ctrl+Shift+S)</source>
        <translation>Guardar esta página con sus fuentes en un archivo PDF (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Saved “{title}” as {path}</source>
        <translation>Se guardó “{title}” como {path}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search results summary</source>
        <translation>Resumen de los resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Search the information pages</source>
        <translation>Buscar en las páginas de información</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Sent “{title}” to the printer.</source>
        <translation>Se envió “{title}” a la impresora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Stayed in the app.</source>
        <translation>Sigue en la aplicación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Tab moves between links; Enter follows a link</source>
        <translation>Tab pasa de un enlace a otro; Intro abre el enlace</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>The table of contents: choosing a page opens it</source>
        <translation>El índice: al elegir una página, se abre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>This link cannot be opened: {address}</source>
        <translation>Este enlace no se puede abrir: {address}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/info.py"/>
        <source>Type words to find (Ctrl+F). Enter or F3 goes to the next match; Down arrow moves to the results; Escape clears</source>
        <translation>Escriba las palabras que busca (Ctrl+F). Intro o F3 va a la siguiente coincidencia; la flecha abajo pasa a los resultados; Esc borra</translation>
    </message>
</context>
<context>
    <name>ui.pages.medicines</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Add a medicine…</source>
        <translation>Añadir un &amp;medicamento…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Add a medicine…</source>
        <translation>Añadir un medicamento…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive or restore the selected medicine</source>
        <translation>Archivar o recuperar el medicamento elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive this medicine?</source>
        <translation>¿Archivar este medicamento?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Archive {medicine}? Its reminders stop; its dose history is kept and it can be restored from &quot;Show archived&quot; (or with Edit &gt; Undo, Ctrl+Z).</source>
        <translation>¿Archivar {medicine}? Sus recordatorios se detienen; su historial de dosis se conserva y se puede recuperar desde &quot;Mostrar archivados&quot; (o con Editar &gt; Deshacer, Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Cha&amp;nge…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Edit the selected medicine</source>
        <translation>Cambiar el medicamento elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Next refill</source>
        <translation>Próxima recarga</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>No schedule</source>
        <translation>Sin horario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Nothing yet — no medicines recorded for {name}. Add each medicine with its strength and the times it is taken; reminders follow from that.</source>
        <translation>Todavía nada: no hay medicamentos anotados para {name}. Añada cada medicamento con su concentración y las horas a las que se toma; los recordatorios salen de ahí.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump re&amp;filled today…</source>
        <translation>Bomba recar&amp;gada hoy…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refill recorded for today. The app will ask a short check-in each day for the next few days.</source>
        <translation>Recarga de la bomba anotada para hoy. La aplicación hará un control breve cada día durante los próximos días.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump refilled today</source>
        <translation>Bomba recargada hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Pump: no doses to remind</source>
        <translation>Bomba: no hay dosis que recordar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Record that the pump was refilled today</source>
        <translation>Anotar que la bomba se recargó hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Refill not recorded</source>
        <translation>Recarga no anotada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved the changes to {medicine}.</source>
        <translation>Se guardaron los cambios de {medicine}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Saved {medicine}: its reminders follow from now on.</source>
        <translation>Se guardó {medicine}: sus recordatorios siguen desde ahora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Show archived medicines</source>
        <translation>Mostrar los medicamentos archivados</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>Stock</source>
        <translation>En casa</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>The next refill date, if you know it (YYYY-MM-DD; leave empty to keep it as it is):</source>
        <translation>La fecha de la próxima recarga, si la sabe (AAAA-MM-DD; déjela vacía para no cambiarla):</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>When it is taken</source>
        <translation>Cuándo se toma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>alarm date {date}</source>
        <translation>fecha de alarma {date}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>next refill {date}</source>
        <translation>próxima recarga {date}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{amount} on hand</source>
        <translation>{amount} en casa</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
Not baclofen: the baclofen checks do not apply.</source>
        <translation>{medicine}
No es baclofeno: las comprobaciones de baclofeno no se aplican.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}
⚠ Recorded as not baclofen: the baclofen checks do not apply.</source>
        <translation>{medicine}
⚠ Anotado como no baclofeno: las comprobaciones de baclofeno no se aplican.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{medicine}  (archived)</source>
        <translation>{medicine}  (archivado)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{schedules} — {plan}</source>
        <translation>{schedules} — {plan}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{stock} — reorder now</source>
        <translation>{stock} — pida más ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/medicines.py"/>
        <source>{when} — {dates}</source>
        <translation>{when} — {dates}</translation>
    </message>
</context>
<context>
    <name>ui.pages.plans</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Add a plan…</source>
        <translation>Añadir u&amp;n plan…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&amp;Steps</source>
        <translation>Pa&amp;sos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;b&gt;{plan}:&lt;/b&gt; {warning}</source>
        <translation>&lt;b&gt;{plan}:&lt;/b&gt; {warning}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Why the app asks: reducing too quickly&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{warnings}&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;stopping#app-warning&apos;&gt;Por qué pregunta la aplicación: bajar la dosis demasiado rápido&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>A plan belongs to a medicine: first add {name}&apos;s medicine on the Medicines page, then come back to add the plan.</source>
        <translation>Un plan es de un medicamento: primero añada el medicamento de {name} en la página Medicamentos y después vuelva para añadir el plan.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>A&amp;rchive this plan</source>
        <translation>A&amp;rchivar este plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan</source>
        <translation>Añadir un plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Add a plan…</source>
        <translation>Añadir un plan…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the plan “{plan}”? It is no longer shown or checked; nothing is deleted, and Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>¿Archivar el plan “{plan}”? Deja de mostrarse y de comprobarse; no se borra nada, y Editar &gt; Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive the selected plan</source>
        <translation>Archivar el plan elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Archive this plan?</source>
        <translation>¿Archivar este plan?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Cha&amp;nge this plan…</source>
        <translation>Cam&amp;biar este plan…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Change the selected plan</source>
        <translation>Cambiar el plan elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Char&amp;t</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check this plan</source>
        <translation>Revise este plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (answered): {what}.</source>
        <translation>Control {number} de {of} (respondido): {what}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of} (not answered): {what}.</source>
        <translation>Control {number} de {of} (sin responder): {what}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Check-in {number} of {of}: {what}.</source>
        <translation>Control {number} de {of}: {what}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Dose plans: building up or lowering</source>
        <translation>Planes de dosis: subir o bajar la dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Go to Medicines</source>
        <translation>Ir a Medicamentos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>No plan being followed sets today&apos;s doses.</source>
        <translation>Ningún plan que se esté siguiendo fija las dosis de hoy.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Nothing yet — no dose plan for {name}. When the doctor or nurse gives a plan for raising or lowering the dose, add it here exactly as written; the app checks it and shows it, and never makes one up.</source>
        <translation>Todavía nada: no hay ningún plan de dosis para {name}. Cuando el médico o la enfermera den un plan para subir o bajar la dosis, añádalo aquí tal como está escrito; la aplicación lo comprueba y lo muestra, y nunca se inventa uno.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan changed.</source>
        <translation>Plan cambiado.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan saved. Its doses are reminded from now on if it is being followed.</source>
        <translation>Plan guardado. Si se está siguiendo, sus dosis se recuerdan desde ahora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Plan steps</source>
        <translation>Pasos del plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>The plan as a table, a calendar or a chart</source>
        <translation>El plan como tabla, calendario o gráfico</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Today&apos;s step: {mg} mg a day.</source>
        <translation>Paso de hoy: {mg} mg al día.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Total a day</source>
        <translation>Total al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>building up</source>
        <translation>subida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>lowering</source>
        <translation>bajada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>the plan {plan}</source>
        <translation>el plan {plan}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{mg} mg   ← today</source>
        <translation>{mg} mg   ← hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind})</source>
        <translation>{plan} ({kind})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{plan} ({kind}) — not followed</source>
        <translation>{plan} ({kind}) — no se sigue</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>{today} {after} Plans are shown as the clinician wrote them. Reminders follow the plan being followed: each step&apos;s doses at the times it lists, until the next step starts; after the last step, what the plan says (keep its doses, or stop). Questions about a plan: talk to your doctor or nurse.</source>
        <translation>{today} {after} Los planes se muestran tal como los escribió el profesional sanitario. Los recordatorios siguen el plan que se está siguiendo: las dosis de cada paso a las horas que indica, hasta que empieza el paso siguiente; después del último paso, lo que diga el plan (mantener sus dosis o parar). Si tiene preguntas sobre un plan, hable con su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/plans.py"/>
        <source>“{plan}”: {words}</source>
        <translation>“{plan}”: {words}</translation>
    </message>
</context>
<context>
    <name>ui.pages.reports</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>&amp;Questions for the doctor or nurse (kept until you change them; they go on the summary):</source>
        <translation>Pre&amp;guntas para el médico o la enfermera (se guardan hasta que las cambie; van en el resumen):</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>An appointment summary to show or give to the doctor or nurse: medicines and doses, the diary, side effects, danger signs, the dose plan, and your questions.</source>
        <translation>Un resumen para la cita, para enseñar o dar al médico o a la enfermera: medicamentos y dosis, el diario, efectos secundarios, señales de peligro, el plan de dosis y sus preguntas.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>At most {days} days: a year and a day, so a yearly review fits. The summary is for one appointment; the whole history is in the export.</source>
        <translation>Como mucho {days} días: un año y un día, para que quepa una revisión anual. El resumen es para una cita; todo el historial está en la exportación.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>First day of the summary</source>
        <translation>Primer día del resumen</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>For example: The spasms at night are worse since the dose went down. Should we wait or change the plan?</source>
        <translation>Por ejemplo: Los espasmos por la noche han empeorado desde que bajó la dosis. ¿Esperamos o cambiamos el plan?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;odo:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Period of the summary</source>
        <translation>Periodo del resumen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Preparing the summary of %n days…</source>
        <extracomment>English singular: Preparing the summary of %n day…</extracomment>
        <translation>
            <numerusform>Preparando el resumen de %n día…</numerusform>
            <numerusform>Preparando el resumen de %n días…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print preview of the summary</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the appointment summary</source>
        <translation>Imprimir el resumen para la cita</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Questions for the doctor or nurse</source>
        <translation>Preguntas para el médico o la enfermera</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the appointment summary as PDF</source>
        <translation>Guardar el resumen para la cita como PDF</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Save the summary as a PDF file</source>
        <translation>Guardar el resumen en un archivo PDF</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Saved the appointment summary as {path}</source>
        <translation>Resumen para la cita guardado como {path}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Sent the appointment summary to the printer.</source>
        <translation>Se envió el resumen para la cita a la impresora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Since a date (the last appointment)</source>
        <translation>Desde una fecha (la última cita)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The appointment summary</source>
        <translation>El resumen para la cita</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The questions are too long to keep: at most {most} characters (now {now}). Shorten them; nothing else is lost.</source>
        <translation>Las preguntas son demasiado largas para guardarlas: como mucho {most} caracteres (ahora {now}). Acórtelas; no se pierde nada más.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>The summary could not be made.</source>
        <translation>No se pudo hacer el resumen.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/reports.py"/>
        <source>Your questions could not be saved ({why}). They are still here.</source>
        <translation>No se pudieron guardar sus preguntas ({why}). Siguen aquí.</translation>
    </message>
</context>
<context>
    <name>ui.pages.today</name>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Not taken (missed)</source>
        <translation>&amp;No tomada (olvidada)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Skip on purpose…</source>
        <translation>&amp;Saltar a propósito…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>&amp;Taken now</source>
        <translation>&amp;Tomada ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the &amp;check-in…</source>
        <translation>Responder al c&amp;ontrol…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer the check-in</source>
        <translation>Responder al control</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Answer yesterday&apos;s &amp;check-in…</source>
        <translation>Responder al c&amp;ontrol de ayer…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>As needed: log {medicine} {dose} mg now…</source>
        <translation>Cuando haga falta: anotar {medicine} {dose} mg ahora…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose histor&amp;y</source>
        <translation>&amp;Historial de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Dose-change check-in</source>
        <translation>Control por cambio de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Go to Medicines</source>
        <translation>Ir a Medicamentos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Keys on this tab: T taken now, A taken at, S skip, N not taken. Ctrl+Z undoes the last answer.</source>
        <translation>Teclas en esta pestaña: T tomada ahora, A tomada a una hora, S saltar, N no tomada. Ctrl+Z deshace la última respuesta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Log an as-needed dose of {medicine}</source>
        <translation>Anotar una dosis de {medicine} cuando haga falta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Logged {dose}. {today} Undo (Ctrl+Z) takes it back.</source>
        <translation>Anotado: {dose}. {today} Deshacer (Ctrl+Z) lo retira.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not listed today: {times}. That time was added after it had passed today, so it was never reminded; it is listed from the next time it comes. If a dose was given then, the dose history can be used to record it.</source>
        <translation>No aparece hoy: {times}. Esa hora se añadió cuando ya había pasado hoy, así que nunca se recordó; aparece a partir de la próxima vez que llegue. Si se dio una dosis a esa hora, se puede anotar en el historial de dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Not taken, missed</source>
        <translation>No tomada, olvidada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing was logged for {medicine}.</source>
        <translation>No se anotó nada de {medicine}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Nothing yet — no medicines for {name}. Add a medicine and when it is taken on the Medicines page, and today&apos;s doses will appear here.</source>
        <translation>Todavía nada: no hay medicamentos para {name}. Añada un medicamento y cuándo se toma en la página Medicamentos, y las dosis de hoy aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Recorded {doses} as {answer}. Undo (Ctrl+Z) takes the answer back.</source>
        <translation>Anotado: {doses}, {answer}. Deshacer (Ctrl+Z) retira la respuesta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Skip on purpose</source>
        <translation>Saltar a propósito</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>T: taken now. A: taken at a time. S: skip on purpose. N: not taken.</source>
        <translation>T: tomada ahora. A: tomada a una hora. S: saltar a propósito. N: no tomada.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken &amp;at…</source>
        <translation>Tomada a &amp;las…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken at</source>
        <translation>Tomada a una hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Taken now</source>
        <translation>Tomada ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose is not given, on purpose; you can say why (S)</source>
        <translation>La dosis elegida no se da, a propósito; puede decir por qué (S)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was not taken: forgotten or missed (N)</source>
        <translation>La dosis elegida no se tomó: se olvidó o se pasó (N)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken at a time you give (A)</source>
        <translation>La dosis elegida se tomó a la hora que usted diga (A)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>The selected dose was taken just now (T)</source>
        <translation>La dosis elegida se acaba de tomar (T)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Times not listed today</source>
        <translation>Horas que no aparecen hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today or dose history</source>
        <translation>Hoy o historial de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s &amp;doses</source>
        <translation>&amp;Dosis de hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Today&apos;s doses</source>
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose</source>
        <translation>Primera dosis de mañana</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Tomorrow&apos;s first dose: {day} {time} — {medicine} {dose}</source>
        <translation>Primera dosis de mañana: {day} {time} — {medicine} {dose}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>Yesterday&apos;s check-in was not answered ({checkin}): you can still answer it today.</source>
        <translation>El control de ayer no se respondió ({checkin}): todavía puede responderlo hoy.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>log {dose}</source>
        <translation>anotar {dose}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>not taken</source>
        <translation>no tomada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at</source>
        <translation>tomada a una hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken at {time}</source>
        <translation>tomada a las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>taken now</source>
        <translation>tomada ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{answer}: {doses}</source>
        <translation>{answer}: {doses}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today.</source>
        <translation>{checkin} — respondido hoy.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — answered today; danger sign recorded: {signs}.</source>
        <translation>{checkin} — respondido hoy; señal de peligro anotada: {signs}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{checkin} — waiting for an answer.</source>
        <translation>{checkin} — esperando respuesta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} as needed today</source>
        <translation>{medicine} cuando haga falta, hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} at {time}</source>
        <translation>{medicine} a las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} (due {time})</source>
        <translation>{medicine} {dose} (de las {time})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at now (as needed)</source>
        <translation>{medicine} {dose} mg ahora (cuando haga falta)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/pages/today.py"/>
        <source>{medicine} {dose} mg at {time} (as needed)</source>
        <translation>{medicine} {dose} mg a las {time} (cuando haga falta)</translation>
    </message>
</context>
<context>
    <name>ui.people</name>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Emergency contact</source>
        <translation>Contacto de &amp;emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Kidneys</source>
        <translation>&amp;Riñones</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Prescriber / clinic</source>
        <translation>&amp;Médico o centro que lo receta</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>About the age</source>
        <translation>Sobre la edad</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Anything useful, up to {count} characters.</source>
        <translation>Cualquier cosa útil, hasta {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive or restore the selected person</source>
        <translation>Archivar o recuperar a la persona elegida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive this person?</source>
        <translation>¿Archivar a esta persona?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive {name}</source>
        <translation>Archivar a {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Archive {name}? Their reminders stop and they leave the lists, but all their history is kept. You can restore them here, or undo with Ctrl+Z.</source>
        <translation>¿Archivar a {name}? Sus recordatorios se paran y sale de las listas, pero se guarda todo su historial. Puede recuperarla aquí, o deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Check-&amp;ins after a dose change</source>
        <translation>Días de &amp;control tras un cambio de dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Check-in &amp;time</source>
        <translation>&amp;Hora del control</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Edit person</source>
        <translation>Modificar persona</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Edit the selected person</source>
        <translation>Modificar a la persona elegida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Everyone you look after. Archiving hides a person from the lists but keeps their history; you can restore them at any time.</source>
        <translation>Todas las personas que usted cuida. Archivar a una persona la quita de las listas pero guarda su historial; puede recuperarla en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>HH:MM (empty: with the last dose of the day)</source>
        <translation>HH:MM (vacío: con la última dosis del día)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Kidney function is reduced</source>
        <translation>Los riñones funcionan peor de lo normal</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>No check-ins</source>
        <translation>Sin controles</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Optional. A date like {example}, chosen on the calendar, or just the year (1956) if that is all you know.</source>
        <translation>Opcional. Una fecha como {example}, elegida en el calendario, o solo el año (1956) si es lo único que sabe.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>People cared for</source>
        <translation>Personas que cuida</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Restore {name}</source>
        <translation>Recuperar a {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>The name shown on every screen, for example &apos;Mum&apos; or &apos;Alex Smith&apos;.</source>
        <translation>El nombre que se ve en todas las pantallas, por ejemplo «Mamá» o «Alex García».</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>When the daily check-in comes. Empty: with the person&apos;s last dose of the day (20:00 without one).</source>
        <translation>Cuándo llegan las preguntas del control de cada día. Vacío: con la última dosis del día de la persona (a las 20:00 si no tiene ninguna).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>Who to call, and their number</source>
        <translation>A quién llamar, y su número</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>e.g. Dr Lee, Neurology clinic, 01234 567890</source>
        <translation>por ejemplo: Dra. López, consulta de Neurología, 01234 567890</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>{name}   (archived)</source>
        <translation>{name}   (archivada)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/people.py"/>
        <source>{problem} Or leave it empty.</source>
        <translation>{problem} O déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>ui.plan_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Add a step</source>
        <translation>Añ&amp;adir un paso</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Medicine</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Remove the selected step</source>
        <translation>&amp;Quitar el paso elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Times of day</source>
        <translation>&amp;Horas del día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>&amp;Where it comes from</source>
        <translation>&amp;De dónde viene</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>A time of day is there twice.</source>
        <translation>Hay una hora del día repetida.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Add a dose plan for {name}</source>
        <translation>Añadir un plan de dosis para {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>After the last step:</source>
        <translation>Después del último paso:</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Change a dose plan for {name}</source>
        <translation>Cambiar un plan de dosis de {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Checks on this plan</source>
        <translation>Comprobaciones de este plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Each row is one step: the first day, how many days, and the dose in mg at each time of day (0 for none). Arrow keys move between cells; Tab leaves the table.</source>
        <translation>Cada fila es un paso: el primer día, cuántos días, y la dosis en mg a cada hora del día (0 si no hay). Las flechas mueven entre las casillas; Tab sale de la tabla.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Enter the plan exactly as the doctor or nurse wrote it. The app checks it and shows it; it never changes it.</source>
        <translation>Escriba el plan tal como lo escribió el médico o la enfermera. La aplicación lo comprueba y lo muestra; nunca lo cambia.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Follow this plan instead?</source>
        <translation>¿Seguir este plan en su lugar?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For a plan written like “10 mg three times a day”: one dose column, given at each time of day</source>
        <translation>Para un plan escrito como «10 mg tres veces al día»: una sola columna de dosis, que se da a cada hora del día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For example: letter from Dr Lee, 20 November</source>
        <translation>Por ejemplo: carta de la Dra. López, 20 de noviembre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>For: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Keep &amp;giving the last step&apos;s doses</source>
        <translation>&amp;Seguir dando las dosis del último paso</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Plan &amp;name</source>
        <translation>&amp;Nombre del plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Plan steps</source>
        <translation>Pasos del plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please check this plan</source>
        <translation>Revise este plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please check: {warnings}</source>
        <translation>Revise: {warnings}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Please enter at least one time of day, like 08:00.</source>
        <translation>Escriba al menos una hora del día, como 08:00.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Same dose at &amp;every time (enter the dose once for each step)</source>
        <translation>La misma dosis a &amp;cada hora (escriba la dosis una vez en cada paso)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Ste&amp;ps, one row each: the first day (like {example} or 2026-12-01), how many days, and the mg at each time (0 for none):</source>
        <translation>&amp;Pasos, una fila cada uno: el primer día (como {example} o 2026-12-01), cuántos días, y los mg a cada hora (0 si no hay):</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: please enter the dose at {time} in mg (0 for none).</source>
        <translation>Paso {step}: escriba la dosis de las {time} en mg (0 si no hay).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the first day</source>
        <translation>Paso {step}: el primer día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the first day must be a date like {example}.</source>
        <translation>Paso {step}: el primer día tiene que ser una fecha como {example}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Step {step}: the number of days must be a whole number.</source>
        <translation>Paso {step}: el número de días tiene que ser un número entero.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Then st&amp;op: no more doses</source>
        <translation>Después, pa&amp;rar: no más dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>This plan is being followed now: reminders give its doses</source>
        <translation>Este plan se está siguiendo ahora: los recordatorios avisan de sus dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps}</source>
        <translation>Total al día, paso a paso: {steps}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps} → then stop</source>
        <translation>Total al día, paso a paso: {steps} → después, parar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>Total a day, step by step: {steps} → then the last step&apos;s doses carry on until the plan is changed</source>
        <translation>Total al día, paso a paso: {steps} → después, las dosis del último paso siguen hasta que se cambie el plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>What happens after the last step? Please choose below: keep its doses, or stop.</source>
        <translation>¿Qué pasa después del último paso? Elija abajo: seguir con sus dosis, o parar.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>e.g. {times}</source>
        <translation>por ejemplo: {times}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>mg at each time ({times})</source>
        <translation>mg a cada hora ({times})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>mg at {time}</source>
        <translation>mg a las {time}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{medicine} (archived)</source>
        <translation>{medicine} (archivado)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{medicine} (pump)</source>
        <translation>{medicine} (bomba)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>{warnings}

Save the plan as written anyway?</source>
        <translation>{warnings}

¿Guardar el plan tal como está escrito de todos modos?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_dialog.py"/>
        <source>“{plan}” is being followed for this medicine now. Only one plan can set the reminders: stop following “{plan}” (it stays on the Plans page) and follow this one?</source>
        <translation>Ahora se está siguiendo «{plan}» para este medicamento. Solo un plan puede fijar los recordatorios: ¿dejar de seguir «{plan}» (se queda en la página Planes) y seguir este?</translation>
    </message>
</context>
<context>
    <name>ui.plan_views</name>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Plan calendar</source>
        <translation>Calendario del plan</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Plan chart: mg a day over time</source>
        <translation>Gráfico del plan: mg al día a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>Shaded, bold: a day of a plan&apos;s step. Green, italic and underlined: a day with a dose-change check-in.</source>
        <translation>Sombreado y en negrita: un día de un paso del plan. En verde, cursiva y subrayado: un día con control por un cambio de dosis.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>The chosen day&apos;s step</source>
        <translation>El paso del día elegido</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>from {start} to {end}: {mg} mg a day</source>
        <translation>del {start} al {end}: {mg} mg al día</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: no step of a plan.</source>
        <translation>{day}: ningún paso de un plan.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: no step starts or runs that day; the reminders carry on with the step from {start} ({mg} mg a day) of “{plan}”.</source>
        <translation>{day}: ese día no empieza ni sigue ningún paso; los recordatorios siguen con el paso del {start} ({mg} mg al día) de «{plan}».</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: {mg} mg a day — step {step} of {steps} of “{plan}” (not followed: its doses are not reminded).</source>
        <translation>{day}: {mg} mg al día — paso {step} de {steps} de «{plan}» (no se sigue: sus dosis no se recuerdan).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{day}: {mg} mg a day — step {step} of {steps} of “{plan}”.</source>
        <translation>{day}: {mg} mg al día — paso {step} de {steps} de «{plan}».</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/plan_views.py"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
</context>
<context>
    <name>ui.printing</name>
    <message>
        <location filename="../src/caregiver_app/ui/printing.py"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>ui.prompts</name>
    <message>
        <location filename="../src/caregiver_app/ui/prompts.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/prompts.py"/>
        <source>Which day this time means</source>
        <translation>Qué día indica esta hora</translation>
    </message>
</context>
<context>
    <name>ui.red_flags</name>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>&lt;b&gt;Médico que lo receta:&lt;/b&gt; no hay ninguno anotado (añádalo con Personas ▸ Editar esta persona).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Doctor / prescriber:&lt;/b&gt; {prescriber}</source>
        <translation>&lt;b&gt;Médico que lo receta:&lt;/b&gt; {prescriber}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; none recorded (add one with People ▸ Edit this person).</source>
        <translation>&lt;b&gt;Contacto de emergencia:&lt;/b&gt; no hay ninguno anotado (añádalo con Personas ▸ Editar esta persona).</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>&lt;b&gt;Emergency contact:&lt;/b&gt; {contact}</source>
        <translation>&lt;b&gt;Contacto de emergencia:&lt;/b&gt; {contact}</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign recorded — act now</source>
        <translation>Señal de peligro anotada — actúe ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Danger sign — act now</source>
        <translation>Señal de peligro — actúe ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Open &amp;emergency signs</source>
        <translation>Abrir &amp;señales de emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Opens the Information page on emergency signs</source>
        <translation>Abre la página de Información sobre las señales de emergencia</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Recorded for {name}: {signs}.</source>
        <translation>Anotado para {name}: {signs}.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>This app does not give medical advice. If you are worried, call the doctor or the emergency number.</source>
        <translation>Esta aplicación no da consejo médico. Si está preocupado, llame al médico o al número de emergencias.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>Ticked for {name}: {signs}. Act on it now; the diary entry is saved with it when you save.</source>
        <translation>Marcado para {name}: {signs}. Actúe ahora; la anotación del diario se guarda con la señal cuando usted la guarde.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/red_flags.py"/>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
</context>
<context>
    <name>ui.reminders</name>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>%n notices: see Today</source>
        <extracomment>English singular: %n notice: see Today</extracomment>
        <translation>
            <numerusform>%n aviso: vea Hoy</numerusform>
            <numerusform>%n avisos: vea Hoy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Not taken</source>
        <translation>&amp;No se tomó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Skip…</source>
        <translation>&amp;Saltar…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&amp;Taken now</source>
        <translation>&amp;Tomada ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>(and %n earlier doses still to answer)</source>
        <extracomment>English singular: (and %n earlier dose still to answer)</extracomment>
        <translation>
            <numerusform>(y %n dosis anterior por responder)</numerusform>
            <numerusform>(y %n dosis anteriores por responder)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>&lt;b&gt;Do not double up.&lt;/b&gt; Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse. If the next dose is less than 2 hours away, leave the missed one out and take the next at the usual time.</source>
        <translation>&lt;b&gt;No doble la dosis.&lt;/b&gt; Nunca tome 2 dosis a la vez ni una dosis de más para compensar una olvidada. Si tiene dudas, consulte a su médico o enfermera. Si faltan menos de 2 horas para la dosis siguiente, deje la olvidada y tome la siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Baclofen should not be stopped suddenly: stopping it suddenly can cause withdrawal, such as hallucinations or seizures. If doses are being skipped (because of side effects, or for another reason), talk to your doctor or nurse.</source>
        <translation>El baclofeno no se debe dejar de golpe: dejarlo de golpe puede causar abstinencia, como alucinaciones o convulsiones. Si se están saltando dosis (por efectos secundarios o por otro motivo), hable con su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Caregiver Assistant: please act soon</source>
        <translation>Caregiver Assistant: actúe pronto, por favor</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Check-in: how are things today?</source>
        <translation>Control: ¿cómo van las cosas hoy?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Closing this window snoozes the reminder for 10 minutes.</source>
        <translation>Si cierra esta ventana, el recordatorio se pospone 10 minutos.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Don&apos;t log</source>
        <translation>No anotarla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Doses due now</source>
        <translation>Dosis que tocan ahora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: leave it out; take the next dose at the usual time.</source>
        <translation>Si no se tomó: déjela; tome la dosis siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: see the medicine&apos;s leaflet.</source>
        <translation>Si no se tomó: mire el prospecto del medicamento.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>If it was not taken: take it now.</source>
        <translation>Si no se tomó: tómela ahora.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>It &amp;was taken</source>
        <translation>&amp;Sí se tomó</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Log it</source>
        <translation>Anotarla</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed a dose: what to do</source>
        <translation>Se olvidó una dosis: qué hacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed dose guidance</source>
        <translation>Qué hacer con una dosis olvidada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses</source>
        <translation>Dosis olvidadas</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed doses — was it taken?</source>
        <translation>Dosis olvidadas — ¿se tomó?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Missed — was it taken?</source>
        <translation>Olvidada — ¿se tomó?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Reason (optional):</source>
        <translation>Motivo (opcional):</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Recorded as taken at its usual time</source>
        <translation>Se anota como tomada a su hora de siempre</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Skip this dose</source>
        <translation>Saltar esta dosis</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze %n minutes</source>
        <extracomment>English singular: Snooze %n minute</extracomment>
        <translation>
            <numerusform>Posponer %n minuto</numerusform>
            <numerusform>Posponer %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Taken &amp;at…</source>
        <translation>Tomada a &amp;las…</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>These doses came due while the app was closed, the computer was asleep, or reminders were paused. Please say what happened, so the record is right: tick the doses (Space), or select one, then choose an answer.</source>
        <translation>Estas dosis tocaban mientras la aplicación estaba cerrada, el ordenador estaba en reposo o los recordatorios estaban en pausa. Diga qué pasó, para que el registro sea correcto: marque las dosis (Espacio), o seleccione una, y luego elija una respuesta.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Tick the doses this answer is for (Space ticks or unticks). Never take 2 doses at once or an extra dose to make up for a missed one. If unsure, talk to your doctor or nurse.</source>
        <translation>Marque las dosis a las que se refiere esta respuesta (Espacio marca o desmarca). Nunca tome 2 dosis a la vez ni una dosis de más para compensar una olvidada. Si tiene dudas, consulte a su médico o enfermera.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose</source>
        <translation>Hora de una dosis</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>Time for a dose — Caregiver Assistant</source>
        <translation>Hora de una dosis — Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>What time was it taken?</source>
        <translation>¿A qué hora se tomó?</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>What to do about the selected dose</source>
        <translation>Qué hacer con la dosis seleccionada</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/reminders.py"/>
        <source>When was it taken?</source>
        <translation>¿Cuándo se tomó?</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation>El idioma nuevo se usa la próxima vez que se abra Caregiver Assistant.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation>No disponible en este sistema.</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation>Sonido con los recordatorios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation>Sonido de los recordatorios</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation>Igual que este ordenador ({language})</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation>Abrir Caregiver Assistant al iniciar la sesión (para que lleguen los recordatorios)</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation>Abrir al iniciar la sesión</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>ui.tray</name>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Open Caregiver Assistant</source>
        <translation>&amp;Abrir Caregiver Assistant</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>&amp;Pausar los recordatorios 1 hora</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/tray.py"/>
        <source>&amp;Quit (reminders stop)</source>
        <translation>&amp;Salir (se detienen los recordatorios)</translation>
    </message>
</context>
<context>
    <name>ui.widgets</name>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>Undo what was just done</source>
        <translation>Deshacer lo que se acaba de hacer</translation>
    </message>
    <message>
        <location filename="../src/caregiver_app/ui/widgets.py"/>
        <source>What was just done</source>
        <translation>Lo que se acaba de hacer</translation>
    </message>
</context>
</TS>
