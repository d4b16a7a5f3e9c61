<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
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
</TS>
