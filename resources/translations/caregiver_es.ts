<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>domain.medicines</name>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>10 mg/5 mL (2 mg in each mL)</source>
        <translation>10 mg/5 mL (2 mg en cada mL)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>5 mg/5 mL (1 mg in each mL)</source>
        <translation>5 mg/5 mL (1 mg en cada mL)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>5 mg/mL (5 mg in each mL)</source>
        <translation>5 mg/mL (5 mg en cada mL)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Another medicine (not baclofen)</source>
        <translation>Otro medicamento (no es baclofeno)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>As needed: {dose}, at least {hours} h apart, at most {count} a day</source>
        <translation>Cuando haga falta: {dose}, con al menos {hours} h entre dosis, como máximo {count} al día</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Baclofen</source>
        <translation>Baclofeno</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Every day: {times}</source>
        <translation>Todos los días: {times}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Every {hours} hours from {time}: {dose}</source>
        <translation>Cada {hours} horas desde las {time}: {dose}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Granules (packets)</source>
        <translation>Granulado (sobres)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Instructions</source>
        <translation>Las instrucciones</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Intrathecal pump</source>
        <translation>Bomba intratecal</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Low-reservoir alarm date</source>
        <translation>La fecha de la alarma de depósito bajo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Medicine name</source>
        <translation>El nombre del medicamento</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Next refill</source>
        <translation>La próxima recarga</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Not baclofen: the app&apos;s baclofen checks (the missed-dose rule, the 80 mg a day label maximum, the warning about running out) do not apply to this medicine.</source>
        <translation>No es baclofeno: las comprobaciones de baclofeno de la aplicación (la regla de la dosis olvidada, el máximo de 80 mg al día de la ficha técnica, el aviso de quedarse sin medicamento) no se aplican a este medicamento.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Oral solution / suspension</source>
        <translation>Solución oral / suspensión</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please choose the active ingredient: baclofen or another medicine.</source>
        <translation>Elija el principio activo: baclofeno u otro medicamento.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please choose the form (tablet, oral solution, granules, pump).</source>
        <translation>Elija la forma (comprimido, solución oral, granulado, bomba).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please enter the strength in mg per mL, as printed on the bottle (for example 5 mg/5 mL is 1 mg/mL).</source>
        <translation>Escriba la concentración en mg por mL, tal como viene impresa en el frasco (por ejemplo, 5 mg/5 mL es 1 mg/mL).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please enter the strength of one tablet or packet in mg.</source>
        <translation>Escriba la concentración de un comprimido o de un sobre, en mg.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Prescriber</source>
        <translation>El médico que lo receta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Reminder days must be whole numbers from 0 to 60.</source>
        <translation>Los días de aviso deben ser números enteros de 0 a 60.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Reorder warning</source>
        <translation>El aviso para pedir más</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Running out of baclofen is dangerous: stopping it suddenly can cause hallucinations and seizures (baclofen label). Order more in good time, and talk to your doctor or nurse if a supply gap is coming.</source>
        <translation>Quedarse sin baclofeno es peligroso: dejarlo de golpe puede causar alucinaciones y convulsiones (ficha técnica del baclofeno). Pida más con tiempo, y hable con su médico o enfermera si ve que le va a faltar medicamento.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Start date</source>
        <translation>La fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Stock on hand</source>
        <translation>La cantidad que tiene en casa</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Stop date</source>
        <translation>La fecha de fin</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Strength</source>
        <translation>La concentración</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Tablet</source>
        <translation>Comprimido</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump refill appointment ({day}) has passed. If the refill was missed, call the doctor before the pump runs empty.</source>
        <translation>La cita para recargar la bomba ({day}) ya ha pasado. Si no se hizo la recarga, llame al médico antes de que la bomba se vacíe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump refill appointment is in %n days ({day}). Missing a refill can cause withdrawal: keep the appointment.</source>
        <extracomment>English singular: The pump refill appointment is in %n day ({day}). Missing a refill can cause withdrawal: keep the appointment.</extracomment>
        <translation>
            <numerusform>La cita para recargar la bomba es dentro de %n día ({day}). Si no se hace una recarga puede haber síntomas de abstinencia: no falte a la cita.</numerusform>
            <numerusform>La cita para recargar la bomba es dentro de %n días ({day}). Si no se hace una recarga puede haber síntomas de abstinencia: no falte a la cita.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump&apos;s low-reservoir alarm date ({day}) has passed. If the refill was missed, call the doctor before the pump runs empty.</source>
        <translation>La fecha de la alarma de depósito bajo de la bomba ({day}) ya ha pasado. Si no se hizo la recarga, llame al médico antes de que la bomba se vacíe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump&apos;s low-reservoir alarm date is in %n days ({day}). Missing a refill can cause withdrawal: keep the appointment.</source>
        <extracomment>English singular: The pump&apos;s low-reservoir alarm date is in %n day ({day}). Missing a refill can cause withdrawal: keep the appointment.</extracomment>
        <translation>
            <numerusform>La fecha de la alarma de depósito bajo de la bomba es dentro de %n día ({day}). Si no se hace una recarga puede haber síntomas de abstinencia: no falte a la cita.</numerusform>
            <numerusform>La fecha de la alarma de depósito bajo de la bomba es dentro de %n días ({day}). Si no se hace una recarga puede haber síntomas de abstinencia: no falte a la cita.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The stop date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Time to reorder.</source>
        <translation>Es hora de pedir más.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>granules (packets)</source>
        <translation>granulado (sobres)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>intrathecal pump</source>
        <translation>bomba intratecal</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>oral solution / suspension</source>
        <translation>solución oral / suspensión</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>tablet</source>
        <translation>comprimido</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} doses left</source>
        <translation>Quedan {amount} dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} mL left</source>
        <translation>Quedan {amount} mL</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} packets left</source>
        <translation>Quedan {amount} sobres</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} tablets left</source>
        <translation>Quedan {amount} comprimidos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{days}: {times}</source>
        <translation>{days}: {times}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{day} {year}</source>
        <translation>{day} {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{left}: about %n days at the current dose.</source>
        <extracomment>English singular: {left}: about %n days at the current dose.</extracomment>
        <translation>
            <numerusform>{left}: para más o menos %n día con la dosis actual.</numerusform>
            <numerusform>{left}: para unos %n días con la dosis actual.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mcg/day</source>
        <translation>{mg} mcg/día</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg (%n packets)</source>
        <extracomment>English singular: {mg} mg (%n packet)</extracomment>
        <translation>
            <numerusform>{mg} mg (%n sobre)</numerusform>
            <numerusform>{mg} mg (%n sobres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg (%n tablets)</source>
        <extracomment>English singular: {mg} mg (%n tablet)</extracomment>
        <translation>
            <numerusform>{mg} mg (%n comprimido)</numerusform>
            <numerusform>{mg} mg (%n comprimidos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} packet)</source>
        <translation>{mg} mg ({amount} sobre)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} packets)</source>
        <translation>{mg} mg ({amount} sobres)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} tablet)</source>
        <translation>{mg} mg ({amount} comprimido)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} tablets)</source>
        <translation>{mg} mg ({amount} comprimidos)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg = {ml} mL</source>
        <translation>{mg} mg = {ml} mL</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg in each mL</source>
        <translation>{mg} mg en cada mL</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg in each mL is not a strength the app knows for a baclofen liquid ({known}). Please check the strength printed on the bottle with the bottle in hand: every amount in mL is worked out from it, and a 5 mg/mL bottle entered as 1 mg/mL would give five times the dose.</source>
        <translation>{mg} mg en cada mL no es una concentración que la aplicación conozca para el baclofeno líquido ({known}). Compruebe la concentración impresa en el frasco, con el frasco en la mano: todas las cantidades en mL se calculan a partir de ella, y un frasco de 5 mg/mL anotado como 1 mg/mL daría cinco veces la dosis.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is not a strength the app knows for baclofen granule packets ({known} mg). Please check the strength printed on the box with the box in hand: every amount to give is worked out from it.</source>
        <translation>{mg} mg no es una concentración que la aplicación conozca para los sobres de granulado de baclofeno ({known} mg). Compruebe la concentración impresa en la caja, con la caja en la mano: todas las cantidades que hay que dar se calculan a partir de ella.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is not a strength the app knows for baclofen tablets ({known} mg). Please check the strength printed on the box with the box in hand: every amount to give is worked out from it.</source>
        <translation>{mg} mg no es una concentración que la aplicación conozca para los comprimidos de baclofeno ({known} mg). Compruebe la concentración impresa en la caja, con la caja en la mano: todas las cantidades que hay que dar se calculan a partir de ella.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is {amount} packets of {strength} mg: not a whole or half packet. Ask the pharmacist or prescriber how to give this dose.</source>
        <translation>{mg} mg son {amount} sobres de {strength} mg: no es un sobre entero ni medio. Pregunte al farmacéutico o al médico que lo receta cómo dar esta dosis.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is {amount} tablets of {strength} mg: not a whole or half tablet. Ask the pharmacist or prescriber how to give this dose.</source>
        <translation>{mg} mg son {amount} comprimidos de {strength} mg: no es un comprimido entero ni medio. Pregunte al farmacéutico o al médico que lo receta cómo dar esta dosis.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} ({form})</source>
        <translation>{name} ({form})</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} oral liquid {strength}</source>
        <translation>{name} líquido oral {strength}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} {mg} mg packet</source>
        <translation>{name} {mg} mg sobres</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} {mg} mg tablet</source>
        <translation>{name} {mg} mg comprimidos</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{time} {dose}</source>
        <translation>{time} {dose}</translation>
    </message>
</context>
<context>
    <name>domain.people</name>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>After a change of dose (a step of a taper or titration plan, a new daily total, a baclofen medicine stopped) the app asks a short check-in each day for this many days about the signs to look out for; after missed doses, running out, or a pump refill or pump date, for 3 days. How long is the app&apos;s choice, not medical advice: ask your doctor or nurse how long to watch.</source>
        <translation>Después de un cambio de dosis (un paso de un plan de reducción o de titulación, un nuevo total al día, un medicamento con baclofeno que se deja) la aplicación hace un breve control cada día, durante este número de días, sobre las señales a vigilar; después de dosis olvidadas, de quedarse sin medicamento, o de una recarga o una fecha de la bomba, durante 3 días. Cuánto tiempo es una elección de la aplicación, no un consejo médico: pregunte a su médico o enfermera cuánto tiempo vigilar.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Check-in days must be a whole number from 0 (none) to {most}.</source>
        <translation>Los días de control deben ser un número entero de 0 (ninguno) a {most}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Date of birth</source>
        <translation>La fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Emergency contact</source>
        <translation>El contacto de emergencia</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Notes</source>
        <translation>Las notas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Prescriber or clinic</source>
        <translation>El médico que lo receta o la consulta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Reduced kidney function is either ticked or not.</source>
        <translation>«Función renal reducida» solo puede estar marcada o sin marcar.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Reduced kidney function: baclofen leaves the body mainly through the kidneys, so the label advises caution and the dose may need to be lower. Ask the prescriber; this app never works out a kidney dose.</source>
        <translation>Función renal reducida: el baclofeno sale del cuerpo sobre todo por los riñones, así que la ficha técnica aconseja precaución y puede que la dosis tenga que ser más baja. Pregunte al médico que lo receta; esta aplicación nunca calcula una dosis para los riñones.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>The check-in time must be a time of day, like 20:00.</source>
        <translation>La hora del control debe ser una hora del día, como 20:00.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>The year of birth must be a year, like 1950.</source>
        <translation>El año de nacimiento debe ser un año, como 1950.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>The year of birth must be between {first} and {last}.</source>
        <translation>El año de nacimiento debe estar entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Under 12: the safety and effectiveness of baclofen by mouth below age 12 are not established (label). Talk to your doctor or nurse about the doses.</source>
        <translation>Menor de 12 años: no se ha establecido la seguridad ni la eficacia del baclofeno por la boca antes de los 12 años (ficha técnica). Hable con su médico o enfermera sobre las dosis.</translation>
    </message>
</context>
<context>
    <name>domain.plans</name>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>A plan can have at most {most} steps.</source>
        <translation>Un plan puede tener como máximo {most} pasos.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>After the last step (from {day}): stop — no more doses of the medicine are reminded.</source>
        <translation>Después del último paso (desde el {day}): dejarlo; no se recuerdan más dosis del medicamento.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>After the last step (from {day}): stop — no more doses of {name} are reminded.</source>
        <translation>Después del último paso (desde el {day}): dejarlo; no se recuerdan más dosis de {name}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>After the last step ends on {day}: its doses ({mg} mg a day) carry on until the plan is changed or archived.</source>
        <translation>Cuando el último paso termine, el {day}: sus dosis ({mg} mg al día) siguen hasta que se cambie o se archive el plan.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Building up (titration)</source>
        <translation>Subir la dosis (titulación)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Keep giving the last step&apos;s doses</source>
        <translation>Seguir dando las dosis del último paso</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Lowering (taper)</source>
        <translation>Bajar la dosis (reducción progresiva)</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>On {day} the plan goes from {before} to {after} at once: a drop of {drop} mg a day, more than one step of {step} mg a day (the label&apos;s titration step taken in reverse). Stopping or reducing quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <translation>El {day} el plan pasa de {before} a {after} de una vez: una bajada de {drop} mg al día, más que un paso de {step} mg al día (el paso de titulación de la ficha técnica, al revés). Dejarlo o bajarlo deprisa puede causar síntomas de abstinencia. Revise el plan con su médico o enfermera antes de seguirlo.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please choose the medicine the plan is for.</source>
        <translation>Elija el medicamento del plan.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please choose what happens after the last step: keep giving its doses, or stop.</source>
        <translation>Elija qué pasa después del último paso: seguir dando sus dosis, o dejarlo.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please choose whether the plan builds the dose up or lowers it.</source>
        <translation>Elija si el plan sube la dosis o la baja.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please enter at least one step, as the clinician wrote it.</source>
        <translation>Escriba al menos un paso, tal como lo escribió el médico o la enfermera.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n} starts on {day}, before the step before it ends: steps must not overlap.</source>
        <translation>El paso {n} empieza el {day}, antes de que termine el paso anterior: los pasos no pueden solaparse.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: please enter the dose at each time (0 for none).</source>
        <translation>Paso {n}: escriba la dosis de cada hora (0 si no hay dosis).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the dose at {time}</source>
        <translation>Paso {n}: la dosis de las {time}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the number of days</source>
        <translation>Paso {n}: el número de días</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the number of days must be a whole number.</source>
        <translation>Paso {n}: el número de días debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the start date must be between {first} and {last}.</source>
        <translation>Paso {n}: la fecha de inicio debe estar entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the time {time} is there twice.</source>
        <translation>Paso {n}: la hora {time} está dos veces.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Stop: no more doses</source>
        <translation>Dejarlo: no más dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>The plan goes from {before} to none at once (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <translation>El plan pasa de {before} a nada de una vez (ninguna dosis desde el {day}). El NHS aconseja bajar el baclofeno poco a poco, en 1–2 semanas o más; dejarlo deprisa puede causar síntomas de abstinencia. Revise el plan con su médico o enfermera antes de seguirlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>The plan goes from {before} to none in %n days (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <extracomment>English singular: The plan goes from {before} to none in %n day (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</extracomment>
        <translation>
            <numerusform>El plan pasa de {before} a nada en %n día (ninguna dosis desde el {day}). El NHS aconseja bajar el baclofeno poco a poco, en 1–2 semanas o más; dejarlo deprisa puede causar síntomas de abstinencia. Revise el plan con su médico o enfermera antes de seguirlo.</numerusform>
            <numerusform>El plan pasa de {before} a nada en %n días (ninguna dosis desde el {day}). El NHS aconseja bajar el baclofeno poco a poco, en 1–2 semanas o más; dejarlo deprisa puede causar síntomas de abstinencia. Revise el plan con su médico o enfermera antes de seguirlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>The plan&apos;s name</source>
        <translation>El nombre del plan</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Where the plan comes from</source>
        <translation>De dónde viene el plan</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>{day} {year}</source>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>{mg} mg a day</source>
        <translation>{mg} mg al día</translation>
    </message>
</context>
<context>
    <name>domain.schedules</name>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Add at least one time of day.</source>
        <translation>Añada al menos una hora del día.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Choose at least one day of the week.</source>
        <translation>Elija al menos un día de la semana.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Days of the week are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>Los días de la semana van numerados del 0 (lunes) al 6 (domingo).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Doses can be at most 7 days (168 hours) apart.</source>
        <translation>Entre dosis puede haber como máximo 7 días (168 horas).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Doses must be at least 1 hour apart.</source>
        <translation>Entre dosis tiene que haber al menos 1 hora.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Each entry needs a time and a dose in mg.</source>
        <translation>Cada línea necesita una hora y una dosis en mg.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>End date</source>
        <translation>La fecha de fin</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please choose a time zone.</source>
        <translation>Elija una zona horaria.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please choose how often: fixed times, every few hours, chosen days of the week, or as needed.</source>
        <translation>Elija cada cuánto: horas fijas, cada pocas horas, días de la semana elegidos, o cuando haga falta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter a time like 08:00.</source>
        <translation>Escriba una hora como 08:00.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the dose at {time} in mg.</source>
        <translation>Escriba la dosis de las {time} en mg.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the dose in mg.</source>
        <translation>Escriba la dosis en mg.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the interval.</source>
        <translation>Escriba cada cuántas horas.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the most doses a day.</source>
        <translation>Escriba el máximo de dosis al día.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the most mg a day in mg.</source>
        <translation>Escriba el máximo de mg al día, en mg.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the start date.</source>
        <translation>Escriba la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the time between doses.</source>
        <translation>Escriba el tiempo entre dosis.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Start date</source>
        <translation>La fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The dose</source>
        <translation>La dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The dose at {time}</source>
        <translation>La dosis de las {time}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation>La fecha de fin ({end}) es anterior a la fecha de inicio ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The interval</source>
        <translation>El intervalo entre dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day</source>
        <translation>El máximo de dosis al día</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day can be at most {most}; please check the number.</source>
        <translation>El máximo de dosis al día puede ser como mucho {most}; compruebe el número.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day must be at least 1.</source>
        <translation>El máximo de dosis al día debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most mg a day</source>
        <translation>El máximo de mg al día</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most mg a day ({cap} mg) is less than one dose ({mg} mg).</source>
        <translation>El máximo de mg al día ({cap} mg) es menos que una dosis ({mg} mg).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The schedule details are missing or damaged.</source>
        <translation>Faltan los datos de la pauta o están dañados.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses</source>
        <translation>El tiempo entre dosis</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses can be at most 7 days (168 hours).</source>
        <translation>El tiempo entre dosis puede ser como máximo 7 días (168 horas).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses must be more than 0 minutes.</source>
        <translation>El tiempo entre dosis debe ser de más de 0 minutos.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time zone must be a name like Europe/London.</source>
        <translation>La zona horaria debe ser un nombre como Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time {time} is listed twice; each time of day can be used only once (put the whole dose on one line).</source>
        <translation>La hora {time} está dos veces; cada hora del día solo se puede usar una vez (ponga toda la dosis en una línea).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>There are %n times of day; the most is {most}.</source>
        <extracomment>English singular: There is %n time of day; the most is {most}.</extracomment>
        <translation>
            <numerusform>Hay %n hora del día; el máximo es {most}.</numerusform>
            <numerusform>Hay %n horas del día; el máximo es {most}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Times are hours and minutes only, like 08:00.</source>
        <translation>Las horas son solo horas y minutos, como 08:00.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} cannot be negative.</source>
        <translation>{label}: no puede ser un número negativo.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} is {mg} mg, more than {most} mg for a day. Please check the number (doses are in mg).</source>
        <translation>{label}: {mg} mg, más de {most} mg para un día. Compruebe el número (las dosis van en mg).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} is {mg} mg, more than {most} mg for one dose. Please check the number (doses are in mg).</source>
        <translation>{label}: {mg} mg, más de {most} mg para una dosis. Compruebe el número (las dosis van en mg).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a date like 2026-05-31.</source>
        <translation>{label} debe ser una fecha como 2026-05-31.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a number of mg, like 10 or 2.5.</source>
        <translation>{label} debe ser un número de mg, como 10 o 2,5.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a real number of mg, like 10 or 2.5.</source>
        <translation>{label} debe ser un número real de mg, como 10 o 2,5.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a whole number.</source>
        <translation>{label} debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be more than 0 mg.</source>
        <translation>{label} debe ser de más de 0 mg.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} {day} is before 1900; please check the year.</source>
        <translation>{label} {day} es anterior a 1900; compruebe el año.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} {day} is too far in the future; please check the year.</source>
        <translation>{label} {day} está demasiado lejos en el futuro; compruebe el año.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>“{text}” is not a time of day. Times go from 00:00 to 23:59 (24-hour clock).</source>
        <translation>«{text}» no es una hora del día. Las horas van de 00:00 a 23:59 (reloj de 24 horas).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>“{text}” is not a time. Use hours and minutes like 08:00 or 20:30 (24-hour clock).</source>
        <translation>«{text}» no es una hora. Escriba horas y minutos, como 08:00 o 20:30 (reloj de 24 horas).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list, like Europe/London.</source>
        <translation>«{zone}» no es una zona horaria que este ordenador conozca. Elija una de la lista, como Europe/Madrid.</translation>
    </message>
</context>
<context>
    <name>domain.settings</name>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>The questions</source>
        <translation>Las preguntas</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>The setting {key}: {message}</source>
        <translation>El ajuste {key}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>The time</source>
        <translation>La hora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be &quot;system&quot; or a language code like &quot;es&quot;.</source>
        <translation>debe ser &quot;system&quot; o un código de idioma como &quot;es&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be a list of people and days, like {&quot;1&quot;: &quot;2026-05-31&quot;}.</source>
        <translation>debe ser una lista de personas y días, como {&quot;1&quot;: &quot;2026-05-31&quot;}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be a list of screens and places, like {&quot;eDP-1 1366x768&quot;: [0, 0, 1358, 732]}.</source>
        <translation>debe ser una lista de pantallas y posiciones, como {&quot;eDP-1 1366x768&quot;: [0, 0, 1358, 732]}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be one of {sizes}.</source>
        <translation>debe ser uno de estos: {sizes}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be the id of a person (a whole number) or null.</source>
        <translation>debe ser el id de una persona (un número entero) o null.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be true or false.</source>
        <translation>debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{label} must be a UTC time like 2026-01-31T08:00:00Z, not {value}.</source>
        <translation>{label} debe ser una hora UTC como 2026-01-31T08:00:00Z, no {value}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{label} {value} is not a real time.</source>
        <translation>{label} {value} no es una hora que exista.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{label} {value} is not between {first} and {last}.</source>
        <translation>{label} {value} no está entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a day between {first} and {last} like 2026-05-31.</source>
        <translation>{value} no es un día entre {first} y {last} como 2026-05-31.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a place and size like [0, 0, 1358, 732].</source>
        <translation>{value} no es una posición y un tamaño como [0, 0, 1358, 732].</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a setting of this app.</source>
        <translation>{value} no es un ajuste de esta aplicación.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the id of a person.</source>
        <translation>{value} no es el id de una persona.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the name of a screen.</source>
        <translation>{value} no es el nombre de una pantalla.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the name of a setting.</source>
        <translation>{value} no es el nombre de un ajuste.</translation>
    </message>
</context>
<context>
    <name>services.checkins</name>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>A refill is recorded once it is done, not before.</source>
        <translation>Una recarga se anota cuando ya está hecha, no antes.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Baclofen stock at zero on {day}</source>
        <translation>Sin baclofeno en casa el {day}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Dose changed on {day}</source>
        <translation>Dosis cambiada el {day}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Dose lowered on {day}</source>
        <translation>Dosis bajada el {day}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Dose raised on {day}</source>
        <translation>Dosis subida el {day}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Only a pump is refilled.</source>
        <translation>Solo se recarga una bomba.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Pump refilled on {day}</source>
        <translation>Bomba recargada el {day}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The check-in of {day} has already been answered (perhaps from another window). Nothing was changed; the answer is in the diary.</source>
        <translation>El control del {day} ya tiene respuesta (quizá desde otra ventana). No se ha cambiado nada; la respuesta está en el diario.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The next refill must come after this one.</source>
        <translation>La próxima recarga tiene que ser después de esta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The pump refill date ({day}) has passed</source>
        <translation>La fecha de recarga de la bomba ({day}) ya ha pasado</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The pump&apos;s low-reservoir date ({day}) has passed</source>
        <translation>La fecha de depósito bajo de la bomba ({day}) ya ha pasado</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>none</source>
        <translation>0 mg</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{mg} mg</source>
        <translation>{mg} mg</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{name} lowered to {mg} a day on {day}</source>
        <translation>{name}: dosis bajada a {mg} al día el {day}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{name} raised to {mg} a day on {day}</source>
        <translation>{name}: dosis subida a {mg} al día el {day}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{name} stopped on {day}</source>
        <translation>{name}: se dejó el {day}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{what}; check-in {number} of {of} ({day}) at {time}</source>
        <translation>{what}; control {number} de {of} ({day}) a las {time}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{what}; check-in {number} of {of} at {time}</source>
        <translation>{what}; control {number} de {of} a las {time}</translation>
    </message>
</context>
<context>
    <name>services.doses</name>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Kidney function reduced: doses may need to be lower — the prescriber decides.</source>
        <translation>Función renal reducida: puede que las dosis tengan que ser más bajas; lo decide el médico que lo receta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Log this dose anyway?</source>
        <translation>¿Anotar esta dosis de todos modos?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Log this dose as taken anyway?</source>
        <translation>¿Anotar esta dosis como tomada de todos modos?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Nothing of this answer was saved.</source>
        <translation>No se ha guardado nada de esta respuesta.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Please check before logging</source>
        <translation>Compruebe antes de anotar</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>due now</source>
        <translation>toca ahora</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>missed — was it taken?</source>
        <translation>olvidada: ¿se tomó?</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>not taken</source>
        <translation>no tomada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>snoozed</source>
        <translation>pospuesta</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>snoozed until {time}</source>
        <translation>pospuesta hasta las {time}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>taken at {time}</source>
        <translation>tomada a las {time}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>upcoming</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{day} {year}</source>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name} was not snoozed: its next dose is due at soon, so this one cannot wait any longer. Say whether it was taken, or skip it (if it was not taken, leave it out and take the next dose at the usual time).</source>
        <translation>{name} no se ha pospuesto: su próxima dosis toca pronto, así que esta no puede esperar más. Diga si se tomó, o sáltela (si no se tomó, no la tome y tome la dosis siguiente a la hora de siempre).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name} was not snoozed: its next dose is due at {time}, so this one cannot wait any longer. Say whether it was taken, or skip it (if it was not taken, leave it out and take the next dose at the usual time).</source>
        <translation>{name} no se ha pospuesto: su próxima dosis toca a las {time}, así que esta no puede esperar más. Diga si se tomó, o sáltela (si no se tomó, no la tome y tome la dosis siguiente a la hora de siempre).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the plan).</source>
        <translation>{name}: las dosis siguen el plan «{plan}», paso {step} de {steps} ({mg} mg al día en el plan).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the plan). Then stop.</source>
        <translation>{name}: las dosis siguen el plan «{plan}», paso {step} de {steps} ({mg} mg al día en el plan). Después, dejarlo.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” ended on {day} and said stop after its last step, so no more doses are reminded.</source>
        <translation>{name}: el plan «{plan}» terminó el {day} y decía dejarlo después del último paso, así que no se recuerdan más dosis.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” ended on {day}; its last step ({mg} mg a day in the plan) is still reminded. If the doctor or nurse said otherwise, change or archive the plan on the Plans page.</source>
        <translation>{name}: el plan «{plan}» terminó el {day}; se sigue recordando su último paso ({mg} mg al día en el plan). Si el médico o la enfermera dijeron otra cosa, cambie o archive el plan en la página Planes.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” is followed, but none of its times of day is a time on the Medicines page, so reminders give the Medicines page&apos;s doses. Change the plan&apos;s times or the medicine&apos;s.</source>
        <translation>{name}: se sigue el plan «{plan}», pero ninguna de sus horas del día es una hora de la página Medicamentos, así que los recordatorios dan las dosis de la página Medicamentos. Cambie las horas del plan o las del medicamento.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” starts on {day}; until then the doses on the Medicines page are reminded.</source>
        <translation>{name}: el plan «{plan}» empieza el {day}; hasta entonces se recuerdan las dosis de la página Medicamentos.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: {notice}</source>
        <translation>{name}: {notice}</translation>
    </message>
</context>
<context>
    <name>services.medicines</name>
    <message>
        <location filename="../../src/caregiver_app/services/medicines.py"/>
        <source>The plan “{plan}” gives doses at {times}, which would no longer be times on this page: those plan doses would not be reminded, and the new times would get the doses set here. Change the plan&apos;s times on the Plans page too.</source>
        <translation>El plan «{plan}» da dosis a las {times}, que ya no serían horas de esta página: esas dosis del plan no se recordarían, y las horas nuevas tendrían las dosis puestas aquí. Cambie también las horas del plan en la página Planes.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/medicines.py"/>
        <source>The plan “{plan}” sets this medicine&apos;s doses at {times}. With this schedule it cannot: reminders would give the doses set here instead. Change or archive the plan on the Plans page if that is what the doctor or nurse said.</source>
        <translation>El plan «{plan}» pone las dosis de este medicamento a las {times}. Con esta pauta no puede: los recordatorios darían en su lugar las dosis puestas aquí. Cambie o archive el plan en la página Planes si eso es lo que dijeron el médico o la enfermera.</translation>
    </message>
</context>
<context>
    <name>services.plans</name>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>The plan has doses at {times}, but {name}&apos;s reminders come only at {have} (the times set on the Medicines page), so those doses would not be reminded. To be reminded of them, add {times} to {name}&apos;s times on the Medicines page.</source>
        <translation>El plan tiene dosis a las {times}, pero los recordatorios de {name} solo llegan a las {have} (las horas puestas en la página Medicamentos), así que esas dosis no se recordarían. Para que se recuerden, añada {times} a las horas de {name} en la página Medicamentos.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>{name} has a dose at {times}, which this plan does not list: that dose stays as set on the Medicines page, whatever the plan says. If the plan should change or stop that dose, add {times} to the plan (0 mg to stop it).</source>
        <translation>{name} tiene una dosis a las {times}, que este plan no incluye: esa dosis se queda como está en la página Medicamentos, diga lo que diga el plan. Si el plan debe cambiar o quitar esa dosis, añada {times} al plan (0 mg para quitarla).</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>{name} has no daily times on the Medicines page, so reminders cannot follow this plan: set the times there.</source>
        <translation>{name} no tiene horas del día en la página Medicamentos, así que los recordatorios no pueden seguir este plan: ponga las horas allí.</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>{name} is taken on some weekdays only: the plan&apos;s doses are reminded on those days only.</source>
        <translation>{name} se toma solo algunos días de la semana: las dosis del plan se recuerdan solo esos días.</translation>
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
