<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>domain.answers</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>%n more allowed today (at most {most} a day), not before {time}.</source>
        <extracomment>English singular: %n more allowed today (at most {most} a day), not before {time}.</extracomment>
        <translation>
            <numerusform>Hoy se puede tomar %n más (como máximo {most} al día), no antes de las {time}.</numerusform>
            <numerusform>Hoy se pueden tomar %n más (como máximo {most} al día), no antes de las {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>%n more allowed today (at most {most} a day).</source>
        <extracomment>English singular: %n more allowed today (at most {most} a day).</extracomment>
        <translation>
            <numerusform>Hoy se puede tomar %n más (como máximo {most} al día).</numerusform>
            <numerusform>Hoy se pueden tomar %n más (como máximo {most} al día).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>A dose of {name} is already logged at {time}, {span} ago.</source>
        <translation>Ya hay una dosis de {name} anotada a las {time}, hace {span}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>A dose of {name} was logged at {time}, after this one was due: if that was this dose, answer “Taken at…” with its time instead.</source>
        <translation>Se anotó una dosis de {name} a las {time}, después de la hora de esta: si era esta dosis, responda mejor «Tomada a las…» con su hora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Don&apos;t record it</source>
        <translation>No anotarla</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>If that dose was this missed one, answer “Taken at…” with its time.</source>
        <translation>Si esa dosis era la olvidada, responda «Tomada a las…» con su hora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>If this is the wrong dose, choose “Don&apos;t record it” and pick the right one.</source>
        <translation>Si no es la dosis correcta, elija «No anotarla» y escoja la correcta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>No more allowed today (at most {most} a day).</source>
        <translation>Hoy ya no se puede tomar más (como máximo {most} al día).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>None taken today.</source>
        <translation>Hoy no se ha tomado ninguna.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Record it as not taken</source>
        <translation>Anotarla como no tomada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Record it as skipped</source>
        <translation>Anotarla como saltada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Record it as taken {span} early</source>
        <translation>Anotarla como tomada {span} antes</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Recorded as taken today, {day}, at {time}.</source>
        <translation>Se anotará como tomada hoy, {day}, a las {time}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Recorded as taken yesterday, {day}, at {time}: it is only {now} now, so {time} today has not come yet.</source>
        <translation>Se anotará como tomada ayer, {day}, a las {time}: ahora son solo las {now}, así que hoy todavía no han llegado las {time}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>So leave the missed dose out: do not take another dose now, and take the next dose at the usual time.</source>
        <translation>Así que sáltese la dosis olvidada: no tome otra dosis ahora, y tome la siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Taken so early?</source>
        <translation>¿Tomada tan pronto?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>Taken today at {times}.</source>
        <translation>Hoy se ha tomado a las {times}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>This dose is not due yet</source>
        <translation>Esta dosis todavía no toca</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>this medicine</source>
        <translation>este medicamento</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{times} and {last}</source>
        <translation>{times} y {last}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{time} on {day}</source>
        <translation>{time} del {day}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, but this records it as taken at {at}, {span} before its time.</source>
        <translation>{what} toca a las {due}, pero así se anota como tomada a las {at}, {span} antes de su hora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, but this records it as taken now, {span} before its time.</source>
        <translation>{what} toca a las {due}, pero así se anota como tomada ahora, {span} antes de su hora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, {span} from now. Record it as not taken already?</source>
        <translation>{what} toca a las {due}, dentro de {span}. ¿Anotarla ya como no tomada?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/answers.py"/>
        <source>{what} is due at {due}, {span} from now. Record it as skipped already?</source>
        <translation>{what} toca a las {due}, dentro de {span}. ¿Anotarla ya como saltada?</translation>
    </message>
</context>
<context>
    <name>domain.diary</name>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A check-in answer needs the day it was asked about.</source>
        <translation>Una respuesta de control necesita el día por el que se preguntó.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A check-in day needs the check-in it belongs to.</source>
        <translation>Un día de control necesita el control al que pertenece.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A missed pump refill</source>
        <translation>Una recarga de la bomba que no se hizo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A missed refill: call the doctor now, before the pump runs empty.</source>
        <translation>Una recarga que no se hizo: llame al médico ahora, antes de que la bomba se vacíe.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>A seizure (fit)</source>
        <translation>Una convulsión (un ataque)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Alcohol or sedating medicines</source>
        <translation>Alcohol o medicamentos que dan sueño</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Also contact the doctor now about: {signs}.</source>
        <translation>Avise también al médico ahora por esto: {signs}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number now</source>
        <translation>Llame ahora al número de emergencias</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number now: go to hospital at once</source>
        <translation>Llame ahora al número de emergencias: vaya al hospital enseguida</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Call the emergency number straight away for a seizure, if the person is very hard to wake, or for slow or shallow breathing.</source>
        <translation>Llame enseguida al número de emergencias si hay una convulsión, si la persona es muy difícil de despertar o si tiene la respiración lenta o superficial.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Constipation</source>
        <translation>Estreñimiento</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Contact the doctor now</source>
        <translation>Avise al médico ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Contact the doctor now about: {signs}. If it is severe, call the emergency number.</source>
        <translation>Avise al médico ahora por esto: {signs}. Si es grave, llame al número de emergencias.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Daily</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Dizziness</source>
        <translation>Mareo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Drowsiness</source>
        <translation>Somnolencia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Faintness</source>
        <translation>Sensación de desmayo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Fatigue</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Go to hospital at once</source>
        <translation>Vaya al hospital enseguida</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Hallucinations</source>
        <translation>Alucinaciones</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>High fever</source>
        <translation>Fiebre alta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>High fever, rigid muscles or sharply worse spasticity matter most after missed doses, running out, a lowered dose or a pump problem.</source>
        <translation>La fiebre alta, los músculos rígidos o una espasticidad de repente mucho peor importan sobre todo después de dosis olvidadas, de quedarse sin medicamento, de una bajada de dosis o de un problema con la bomba.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>How bad were the spasms in the last 24 hours? (only when there were spasms)</source>
        <translation>¿Qué intensidad tuvieron los espasmos en las últimas 24 horas? (solo si hubo espasmos)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>How often were there spasms in the last 24 hours?</source>
        <translation>¿Con qué frecuencia hubo espasmos en las últimas 24 horas?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Infrequent full spasms, less than once an hour</source>
        <translation>Espasmos completos poco frecuentes, menos de uno por hora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Insomnia</source>
        <translation>Insomnio</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Low blood pressure / faintness</source>
        <translation>Presión arterial baja / sensación de desmayo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Mild</source>
        <translation>Leves</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Mild spasms only when stimulated</source>
        <translation>Espasmos leves solo cuando hay un estímulo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Moderate</source>
        <translation>Moderados</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Monthly</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>More than ten an hour</source>
        <translation>Más de diez por hora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>More than the prescribed dose matters most with alcohol or sedating medicines, or with kidney disease.</source>
        <translation>Haber tomado más de la dosis recetada importa sobre todo con alcohol o con medicamentos que dan sueño, o si hay enfermedad de los riñones.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>More than the prescribed dose was taken</source>
        <translation>Se tomó más de la dosis recetada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>New itching</source>
        <translation>Picor nuevo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>New or severe confusion</source>
        <translation>Confusión nueva o grave</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>No spasms</source>
        <translation>Sin espasmos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Other side effects</source>
        <translation>Otros efectos secundarios</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Pain: 0 no pain, 10 worst possible.</source>
        <translation>Dolor: 0 sin dolor, 10 el peor posible.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Please give the date and time of the entry.</source>
        <translation>Indique la fecha y la hora de la anotación.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Rigid muscles</source>
        <translation>Músculos rígidos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Severe</source>
        <translation>Graves</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Sleep (hours)</source>
        <translation>Sueño (horas)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Slow or shallow breathing</source>
        <translation>Respiración lenta o superficial</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm frequency</source>
        <translation>Frecuencia de espasmos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm frequency (Penn 0–4)</source>
        <translation>Frecuencia de espasmos (Penn 0–4)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity</source>
        <translation>Intensidad de los espasmos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity (Penn 1–3)</source>
        <translation>Intensidad de los espasmos (Penn 1–3)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasm severity is only asked when there were spasms (frequency above 0); leave it empty or choose a frequency.</source>
        <translation>La intensidad de los espasmos solo se pregunta si hubo espasmos (frecuencia mayor que 0); déjela vacía o elija una frecuencia.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasms more than once an hour</source>
        <translation>Espasmos más de una vez por hora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity</source>
        <translation>Espasticidad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity (0–10)</source>
        <translation>Espasticidad (0–10)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Spasticity sharply worse or coming back</source>
        <translation>Espasticidad de repente mucho peor, o que vuelve</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Stretching / physiotherapy</source>
        <translation>Estiramientos / fisioterapia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The &apos;from&apos; date is after the &apos;to&apos; date.</source>
        <translation>La fecha «desde» es posterior a la fecha «hasta».</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The check-in day {date} is not between 1900 and today.</source>
        <translation>El día de control {date} no está entre 1900 y hoy.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The check-in this entry answers is not one the app knows.</source>
        <translation>El control al que responde esta anotación no es uno que la aplicación conozca.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The date {date} is before the person&apos;s date of birth ({birth}).</source>
        <translation>La fecha {date} es anterior a la fecha de nacimiento de la persona ({birth}).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The day of the check-in must be a date.</source>
        <translation>El día del control debe ser una fecha.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The lowest score is above the highest.</source>
        <translation>La puntuación más baja es mayor que la más alta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The number that best describes the spasticity in the last 24 hours: 0 none, 10 worst possible (usually scored at bedtime).</source>
        <translation>El número que mejor describe la espasticidad en las últimas 24 horas: 0 nada, 10 la peor posible (se suele anotar a la hora de acostarse).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The pump&apos;s two-tone alarm</source>
        <translation>La alarma de dos tonos de la bomba</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>The time {time} is in the future (after the end of today). Diary entries are for what has happened.</source>
        <translation>La hora {time} está en el futuro (después del final de hoy). Las anotaciones del diario son para lo que ya ha pasado.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>This person&apos;s record says their kidney function is reduced: say so when you call.</source>
        <translation>En la ficha de esta persona consta que sus riñones funcionan menos de lo normal: dígalo cuando llame.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Times spasms woke them</source>
        <translation>Veces que le despertaron los espasmos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Tingling</source>
        <translation>Hormigueo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown danger sign; choose from the list.</source>
        <translation>Señal de peligro desconocida; elija una de la lista.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown score.</source>
        <translation>Puntuación desconocida.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown side effect.</source>
        <translation>Efecto secundario desconocido.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Unknown side effect; choose from the list.</source>
        <translation>Efecto secundario desconocido; elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Urinary frequency</source>
        <translation>Orinar más a menudo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Very hard to wake</source>
        <translation>Muy difícil de despertar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>Weekly</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>With a baclofen pump this can mean withdrawal or a pump fault: go to hospital at once.</source>
        <translation>Con una bomba de baclofeno, esto puede ser abstinencia o un fallo de la bomba: vaya al hospital enseguida.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>a missed pump refill</source>
        <translation>una recarga de la bomba que no se hizo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>a seizure (fit)</source>
        <translation>una convulsión (un ataque)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>entry</source>
        <translation>anotación</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>faintness</source>
        <translation>sensación de desmayo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>hallucinations</source>
        <translation>alucinaciones</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>high fever</source>
        <translation>fiebre alta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>in the last 24 hours</source>
        <translation>en las últimas 24 horas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>more than the prescribed dose was taken</source>
        <translation>se tomó más de la dosis recetada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>new itching</source>
        <translation>picor nuevo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>new or severe confusion</source>
        <translation>confusión nueva o grave</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>pain {score}</source>
        <translation>dolor {score}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>rigid muscles</source>
        <translation>músculos rígidos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>slow or shallow breathing</source>
        <translation>respiración lenta o superficial</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>spasms {score}</source>
        <translation>espasmos {score}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>spasticity sharply worse or coming back</source>
        <translation>espasticidad de repente mucho peor, o que vuelve</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>spasticity {score}</source>
        <translation>espasticidad {score}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>the pump&apos;s two-tone alarm</source>
        <translation>la alarma de dos tonos de la bomba</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>tingling</source>
        <translation>hormigueo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>very hard to wake</source>
        <translation>muy difícil de despertar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>{date} is before 1900; please check the year.</source>
        <translation>{date} es anterior a 1900; compruebe el año.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>{label} must be a whole number ({minimum} to {maximum}).</source>
        <translation>{label}: debe ser un número entero (de {minimum} a {maximum}).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/diary.py"/>
        <source>{label} must be yes or no.</source>
        <translation>{label}: debe ser sí o no.</translation>
    </message>
</context>
<context>
    <name>domain.dosing</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>%n hours</source>
        <extracomment>English singular: %n hour</extracomment>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>%n minutes</source>
        <extracomment>English singular: %n minute</extracomment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>A dose of {name} is already logged at {when}, {gap} after this one.</source>
        <translation>Ya hay una dosis de {name} anotada a las {when}, {gap} después de esta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>A dose of {name} is already logged at {when}, {gap} before this one.</source>
        <translation>Ya hay una dosis de {name} anotada a las {when}, {gap} antes de esta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure about the next dose, {talk}.</source>
        <translation>Si tiene dudas sobre la dosis siguiente, {talk}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure what to do, {talk}.</source>
        <translation>Si no está seguro de qué hacer, {talk}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If you are not sure, {talk}.</source>
        <translation>Si no está seguro, {talk}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: check the medicine&apos;s leaflet for what to do about a missed dose.</source>
        <translation>Si {what} prevista a las {when} no se tomó: mire en el prospecto del medicamento qué hacer si se olvida una dosis.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: take it now, as soon as you remember.</source>
        <translation>Si {what} prevista a las {when} no se tomó: tómela ahora, en cuanto se acuerde.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: the next dose (due at {next}) is already due, so leave the missed dose out and take the next dose at the usual time.</source>
        <translation>Si {what} prevista a las {when} no se tomó: ya es la hora de la dosis siguiente (prevista a las {next}), así que sáltese la dosis olvidada y tome la siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>If {what} due at {when} was not taken: the next dose is less than 2 hours away (at {next}), so leave the missed dose out and take the next dose at the usual time.</source>
        <translation>Si {what} prevista a las {when} no se tomó: falta menos de 2 horas para la dosis siguiente (a las {next}), así que sáltese la dosis olvidada y tome la siguiente a la hora de siempre.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>Is this really another dose?</source>
        <translation>¿Es de verdad otra dosis?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>Never take 2 doses at once or an extra dose to make up for a missed one.</source>
        <translation>Nunca tome 2 dosis a la vez ni una dosis de más para compensar una olvidada.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>Stopping baclofen suddenly can be dangerous: if high fever, rigid muscles or much worse spasticity appear after missed doses, contact the doctor now.</source>
        <translation>Dejar el baclofeno de golpe puede ser peligroso: si aparecen fiebre alta, músculos rígidos o una espasticidad mucho peor después de dosis olvidadas, avise al médico ahora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The NHS advice is to leave a missed dose out when the next is less than 2 hours away.</source>
        <translation>El NHS aconseja saltarse una dosis olvidada cuando falta menos de 2 horas para la siguiente.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The as-needed prescription for {name} runs from {start} to {end}, not on {day}. Please check, and if you are not sure, {talk}.</source>
        <translation>La receta de {name} para cuando haga falta va del {start} al {end}, y no incluye el {day}. Compruébelo y, si no está seguro, {talk}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The as-needed prescription for {name} runs from {start}, not on {day}. Please check, and if you are not sure, {talk}.</source>
        <translation>La receta de {name} para cuando haga falta empieza el {start}, y no incluye el {day}. Compruébelo y, si no está seguro, {talk}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The doses of {name} on {day} add up to {total} with this one.</source>
        <translation>Con esta, las dosis de {name} del {day} suman {total}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The doses of {name} on {day} add up to {total}.</source>
        <translation>Las dosis de {name} del {day} suman {total}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The label says the total should not exceed {most} mg a day. Please check the doses, and {talk}.</source>
        <translation>La ficha técnica dice que el total no debe pasar de {most} mg al día. Revise las dosis y {talk}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The next dose of {name} is due at {when}, less than 2 hours after {at}.</source>
        <translation>La dosis siguiente de {name} está prevista a las {when}, menos de 2 horas después de las {at}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The next dose would be allowed from {next}.</source>
        <translation>La dosis siguiente se podría tomar a partir de las {next}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The planned doses of {name} on {day} add up to {total} (counting as-needed doses at their daily limit).</source>
        <translation>Las dosis planeadas de {name} del {day} suman {total} (contando las dosis para cuando haga falta por su límite diario).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>The planned doses of {name} on {day} add up to {total}.</source>
        <translation>Las dosis planeadas de {name} del {day} suman {total}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This dose of {name} would be only {gap} after the dose at {when}; the prescription says at least {least} between doses.</source>
        <translation>Esta dosis de {name} sería solo {gap} después de la dosis de las {when}; la receta dice al menos {least} entre dosis.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This dose of {name} would be only {gap} before the dose at {when}; the prescription says at least {least} between doses.</source>
        <translation>Esta dosis de {name} sería solo {gap} antes de la dosis de las {when}; la receta dice al menos {least} entre dosis.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This happens on {count} days between {first} and {last} in the period checked.</source>
        <translation>Esto pasa {count} días entre el {first} y el {last} en el periodo revisado.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>This would be dose number {count} of {name} on {day}; the prescription allows at most {most} a day.</source>
        <translation>Esta sería la dosis número {count} de {name} del {day}; la receta permite como máximo {most} al día.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>When the dose goes up: avoid driving or using machinery until you know how the new dose affects you (baclofen label).</source>
        <translation>Cuando sube la dosis: evite conducir o usar máquinas hasta que sepa cómo le afecta la nueva dosis (ficha técnica del baclofeno).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>With this dose, {name} on {day} would add up to {total}; the prescription allows at most {most} a day.</source>
        <translation>Con esta dosis, lo tomado de {name} el {day} sumaría {total}; la receta permite como máximo {most} al día.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>talk to your doctor or nurse</source>
        <translation>hable con su médico o enfermera</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>the {dose} dose</source>
        <translation>la dosis de {dose}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>the {dose} dose of {name}</source>
        <translation>la dosis de {dose} de {name}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>this medicine</source>
        <translation>este medicamento</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>{amount} mg</source>
        <translation>{amount} mg</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/dosing.py"/>
        <source>{time} on {day}</source>
        <translation>{time} del {day}</translation>
    </message>
</context>
<context>
    <name>domain.entry_checks</name>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what the prescription says, or a typing slip (minutes for hours)?</source>
        <extracomment>English singular: A dose every %n minutes: two doses that close together would be taken as one double dose. Is this what the prescription says, or a typing slip (minutes for hours)?</extracomment>
        <translation>
            <numerusform>Una dosis cada %n minuto: dos dosis tan seguidas se tomarían como una dosis doble. ¿Es esto lo que dice la receta, o un error al escribir (minutos en vez de horas)?</numerusform>
            <numerusform>Una dosis cada %n minutos: dos dosis tan seguidas se tomarían como una dosis doble. ¿Es esto lo que dice la receta, o un error al escribir (minutos en vez de horas)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>One dose of {dose} is more than the label&apos;s most for a whole day ({most} mg)</source>
        <translation>Una dosis de {dose} es más que el máximo de la ficha técnica para un día entero ({most} mg)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>one dose of {dose} is more than the label&apos;s most for a whole day ({most} mg)</source>
        <translation>una dosis de {dose} es más que el máximo de la ficha técnica para un día entero ({most} mg)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{amount} mg</source>
        <translation>{amount} mg</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{dose} is {count} packets of {strength} at one time</source>
        <translation>{dose} son {count} sobres de {strength} de una vez</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{dose} is {count} tablets of {strength} at one time</source>
        <translation>{dose} son {count} comprimidos de {strength} de una vez</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{first} and {second} are only %n minutes apart</source>
        <extracomment>English singular: {first} and {second} are only %n minute apart</extracomment>
        <translation>
            <numerusform>{first} y {second}: solo %n minuto de diferencia</numerusform>
            <numerusform>{first} y {second}: solo %n minutos de diferencia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{pairs}. Two doses that close together would be taken as one double dose (the app asks about any two doses logged less than {minutes} minutes apart). Is this what the prescription says, or a typing slip?</source>
        <translation>{pairs}. Dos dosis tan seguidas se tomarían como una dosis doble (la aplicación pregunta por cualquier par de dosis anotadas con menos de {minutes} minutos entre ellas). ¿Es esto lo que dice la receta, o un error al escribir?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/entry_checks.py"/>
        <source>{problems}. Is this really what the prescription says, or a typing slip (mg for tablets, or a 0 too many)?</source>
        <translation>{problems}. ¿Es de verdad lo que dice la receta, o un error al escribir (mg en vez de comprimidos, o un 0 de más)?</translation>
    </message>
</context>
<context>
    <name>domain.validation</name>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>Please enter {label}.</source>
        <translation>Falta rellenar: {label}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} cannot be before {date}.</source>
        <translation>{label}: no puede ser anterior al {date}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} cannot be negative.</source>
        <translation>{label}: no puede ser un número negativo.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} contains a broken character that cannot be saved; please retype it.</source>
        <translation>{label}: hay un carácter dañado que no se puede guardar; vuelva a escribir el texto.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} contains invisible control characters; please retype it.</source>
        <translation>{label}: hay caracteres de control invisibles; vuelva a escribir el texto.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} is too long ({count} characters); the most is {most}.</source>
        <translation>{label}: el texto es demasiado largo ({count} caracteres); el máximo es {most}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a date like {example}.</source>
        <translation>{label}: debe ser una fecha como {example}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a date.</source>
        <translation>{label}: debe ser una fecha.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a number.</source>
        <translation>{label}: debe ser un número.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be a real number.</source>
        <translation>{label}: debe ser un número válido.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be between {minimum} and {maximum} {unit}.</source>
        <translation>{label}: debe estar entre {minimum} y {maximum} {unit}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be between {minimum} and {maximum}.</source>
        <translation>{label}: debe estar entre {minimum} y {maximum}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be more than zero.</source>
        <translation>{label}: debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} must be text.</source>
        <translation>{label}: debe ser un texto.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} {date} is before 1900; please check the year.</source>
        <translation>{label}: el {date} es anterior a 1900; compruebe el año.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label} {date} is in the future.</source>
        <translation>{label}: el {date} está en el futuro.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write a date like {example} or just the year, like {year}.</source>
        <translation>{label}: escriba una fecha como {example}, o solo el año, como {year}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write a date like {example}.</source>
        <translation>{label}: escriba una fecha como {example}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: please write the year in full, like {example}.</source>
        <translation>{label}: escriba el año completo, como {example}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/validation.py"/>
        <source>{label}: there is no such day ({text}); please check it.</source>
        <translation>{label}: ese día no existe ({text}); compruébelo.</translation>
    </message>
</context>
<context>
    <name>domain.watch</name>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>A daily total</source>
        <translation>Un total al día</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>A pump refill or low-reservoir date has passed</source>
        <translation>Ha pasado una fecha de recarga de la bomba o de depósito bajo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Baclofen doses missed or not answered ({day})</source>
        <translation>Dosis de baclofeno olvidadas o sin responder ({day})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose lowered to {mg} a day on {day}</source>
        <translation>Dosis bajada a {mg} al día el {day}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose lowered to {mg} a day on {day} ({what})</source>
        <translation>Dosis bajada a {mg} al día el {day} ({what})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose raised to {mg} a day on {day}</source>
        <translation>Dosis subida a {mg} al día el {day}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose raised to {mg} a day on {day} ({what})</source>
        <translation>Dosis subida a {mg} al día el {day} ({what})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Dose watch</source>
        <translation>Vigilancia de la dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>Doses of baclofen were missed or not answered</source>
        <translation>Se olvidaron dosis de baclofeno o no se respondieron</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The baclofen has run out</source>
        <translation>Se ha acabado el baclofeno</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The day of the event ({day}) is not between 1900 and a few weeks after it was recorded.</source>
        <translation>El día del suceso ({day}) no está entre 1900 y unas semanas después de cuando se anotó.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The day of the event must be a date.</source>
        <translation>El día del suceso debe ser una fecha.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The dose has changed</source>
        <translation>La dosis ha cambiado</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The dose of baclofen has been lowered</source>
        <translation>Se ha bajado la dosis de baclofeno</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The dose of baclofen has gone up</source>
        <translation>Ha subido la dosis de baclofeno</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The kind of event must be one of {kinds}.</source>
        <translation>El tipo de suceso debe ser uno de estos: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>The pump was refilled (the days after a refill are watched as a precaution)</source>
        <translation>Se recargó la bomba (los días después de una recarga se vigilan por precaución)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>a pump refill or low-reservoir date has passed</source>
        <translation>ha pasado una fecha de recarga de la bomba o de depósito bajo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>doses of baclofen were missed or not answered</source>
        <translation>se olvidaron dosis de baclofeno o no se respondieron</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>none</source>
        <translation>0 mg</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the baclofen has run out</source>
        <translation>se ha acabado el baclofeno</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the dose of baclofen has been lowered</source>
        <translation>se ha bajado la dosis de baclofeno</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the dose of baclofen has gone up</source>
        <translation>ha subido la dosis de baclofeno</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>the pump was refilled (the days after a refill are watched as a precaution)</source>
        <translation>se recargó la bomba (los días después de una recarga se vigilan por precaución)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{amount} mg</source>
        <translation>{amount} mg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{changes}, and %n other changes</source>
        <extracomment>English singular: {changes}, and %n other change</extracomment>
        <translation>
            <numerusform>{changes}, y %n cambio más</numerusform>
            <numerusform>{changes}, y %n cambios más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{first}; also {second}</source>
        <translation>{first}; también {second}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{reasons}. Tick anything you have noticed in the last 24 hours:</source>
        <translation>{reasons}. Marque lo que haya notado en las últimas 24 horas:</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/watch.py"/>
        <source>{reasons}. Tick anything you have noticed since the last check-in (the last 24 hours):</source>
        <translation>{reasons}. Marque lo que haya notado desde el último control (las últimas 24 horas):</translation>
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
