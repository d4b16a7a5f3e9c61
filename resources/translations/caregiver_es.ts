<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>domain.medicines</name>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>10 mg/5 mL (2 mg in each mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>5 mg/5 mL (1 mg in each mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>5 mg/mL (5 mg in each mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Another medicine (not baclofen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>As needed: {dose}, at least {hours} h apart, at most {count} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Baclofen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Every day: {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Every {hours} hours from {time}: {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Granules (packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Intrathecal pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Low-reservoir alarm date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Next refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Not baclofen: the app&apos;s baclofen checks (the missed-dose rule, the 80 mg a day label maximum, the warning about running out) do not apply to this medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Oral solution / suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please choose the active ingredient: baclofen or another medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please choose the form (tablet, oral solution, granules, pump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please enter the strength in mg per mL, as printed on the bottle (for example 5 mg/5 mL is 1 mg/mL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please enter the strength of one tablet or packet in mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Reminder days must be whole numbers from 0 to 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Reorder warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Running out of baclofen is dangerous: stopping it suddenly can cause hallucinations and seizures (baclofen label). Order more in good time, and talk to your doctor or nurse if a supply gap is coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Stop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump refill appointment ({day}) has passed. If the refill was missed, call the doctor before the pump runs empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump refill appointment is in %n days ({day}). Missing a refill can cause withdrawal: keep the appointment.</source>
        <extracomment>English singular: The pump refill appointment is in %n day ({day}). Missing a refill can cause withdrawal: keep the appointment.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump&apos;s low-reservoir alarm date ({day}) has passed. If the refill was missed, call the doctor before the pump runs empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump&apos;s low-reservoir alarm date is in %n days ({day}). Missing a refill can cause withdrawal: keep the appointment.</source>
        <extracomment>English singular: The pump&apos;s low-reservoir alarm date is in %n day ({day}). Missing a refill can cause withdrawal: keep the appointment.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The stop date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Time to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>granules (packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>intrathecal pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>oral solution / suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} doses left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} mL left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} packets left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} tablets left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{days}: {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{day} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{left}: about %n days at the current dose.</source>
        <extracomment>English singular: {left}: about %n days at the current dose.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mcg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg (%n packets)</source>
        <extracomment>English singular: {mg} mg (%n packet)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg (%n tablets)</source>
        <extracomment>English singular: {mg} mg (%n tablet)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} packet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} tablet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} tablets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg = {ml} mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg in each mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg in each mL is not a strength the app knows for a baclofen liquid ({known}). Please check the strength printed on the bottle with the bottle in hand: every amount in mL is worked out from it, and a 5 mg/mL bottle entered as 1 mg/mL would give five times the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is not a strength the app knows for baclofen granule packets ({known} mg). Please check the strength printed on the box with the box in hand: every amount to give is worked out from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is not a strength the app knows for baclofen tablets ({known} mg). Please check the strength printed on the box with the box in hand: every amount to give is worked out from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is {amount} packets of {strength} mg: not a whole or half packet. Ask the pharmacist or prescriber how to give this dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is {amount} tablets of {strength} mg: not a whole or half tablet. Ask the pharmacist or prescriber how to give this dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} ({form})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} oral liquid {strength}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} {mg} mg packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} {mg} mg tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{time} {dose}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.people</name>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>After a change of dose (a step of a taper or titration plan, a new daily total, a baclofen medicine stopped) the app asks a short check-in each day for this many days about the signs to look out for; after missed doses, running out, or a pump refill or pump date, for 3 days. How long is the app&apos;s choice, not medical advice: ask your doctor or nurse how long to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Check-in days must be a whole number from 0 (none) to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Prescriber or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Reduced kidney function is either ticked or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Reduced kidney function: baclofen leaves the body mainly through the kidneys, so the label advises caution and the dose may need to be lower. Ask the prescriber; this app never works out a kidney dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>The check-in time must be a time of day, like 20:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>The year of birth must be a year, like 1950.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>The year of birth must be between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Under 12: the safety and effectiveness of baclofen by mouth below age 12 are not established (label). Talk to your doctor or nurse about the doses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.plans</name>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>A plan can have at most {most} steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>After the last step (from {day}): stop — no more doses of the medicine are reminded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>After the last step (from {day}): stop — no more doses of {name} are reminded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>After the last step ends on {day}: its doses ({mg} mg a day) carry on until the plan is changed or archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Building up (titration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Keep giving the last step&apos;s doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Lowering (taper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>On {day} the plan goes from {before} to {after} at once: a drop of {drop} mg a day, more than one step of {step} mg a day (the label&apos;s titration step taken in reverse). Stopping or reducing quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please choose the medicine the plan is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please choose what happens after the last step: keep giving its doses, or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please choose whether the plan builds the dose up or lowers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please enter at least one step, as the clinician wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n} starts on {day}, before the step before it ends: steps must not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: please enter the dose at each time (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the dose at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the number of days must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the start date must be between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the time {time} is there twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Stop: no more doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>The plan goes from {before} to none at once (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>The plan goes from {before} to none in %n days (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <extracomment>English singular: The plan goes from {before} to none in %n day (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>The plan&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Where the plan comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>{day} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>{mg} mg a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.schedules</name>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Add at least one time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Choose at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Days of the week are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Doses can be at most 7 days (168 hours) apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Doses must be at least 1 hour apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Each entry needs a time and a dose in mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please choose a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please choose how often: fixed times, every few hours, chosen days of the week, or as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter a time like 08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the dose at {time} in mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the dose in mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the most doses a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the most mg a day in mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the time between doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The dose at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day can be at most {most}; please check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most mg a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most mg a day ({cap} mg) is less than one dose ({mg} mg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The schedule details are missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses can be at most 7 days (168 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses must be more than 0 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time zone must be a name like Europe/London.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time {time} is listed twice; each time of day can be used only once (put the whole dose on one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>There are %n times of day; the most is {most}.</source>
        <extracomment>English singular: There is %n time of day; the most is {most}.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Times are hours and minutes only, like 08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} is {mg} mg, more than {most} mg for a day. Please check the number (doses are in mg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} is {mg} mg, more than {most} mg for one dose. Please check the number (doses are in mg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a date like 2026-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a number of mg, like 10 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a real number of mg, like 10 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be more than 0 mg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} {day} is before 1900; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} {day} is too far in the future; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>“{text}” is not a time of day. Times go from 00:00 to 23:59 (24-hour clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>“{text}” is not a time. Use hours and minutes like 08:00 or 20:30 (24-hour clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list, like Europe/London.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain.settings</name>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>The questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>The setting {key}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>The time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be &quot;system&quot; or a language code like &quot;es&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be a list of people and days, like {&quot;1&quot;: &quot;2026-05-31&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be a list of screens and places, like {&quot;eDP-1 1366x768&quot;: [0, 0, 1358, 732]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be one of {sizes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be the id of a person (a whole number) or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{label} must be a UTC time like 2026-01-31T08:00:00Z, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{label} {value} is not a real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{label} {value} is not between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a day between {first} and {last} like 2026-05-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a place and size like [0, 0, 1358, 732].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a setting of this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the id of a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the name of a screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the name of a setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.checkins</name>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>A refill is recorded once it is done, not before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Baclofen stock at zero on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Dose changed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Dose lowered on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Dose raised on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Only a pump is refilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Pump refilled on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The check-in of {day} has already been answered (perhaps from another window). Nothing was changed; the answer is in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The next refill must come after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The pump refill date ({day}) has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The pump&apos;s low-reservoir date ({day}) has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{what}; check-in {number} of {of} ({day}) at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{what}; check-in {number} of {of} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.doses</name>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Kidney function reduced: doses may need to be lower — the prescriber decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Log this dose anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Log this dose as taken anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Nothing of this answer was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Please check before logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>missed — was it taken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>snoozed until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>taken at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{day} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name} was not snoozed: its next dose is due at soon, so this one cannot wait any longer. Say whether it was taken, or skip it (if it was not taken, leave it out and take the next dose at the usual time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name} was not snoozed: its next dose is due at {time}, so this one cannot wait any longer. Say whether it was taken, or skip it (if it was not taken, leave it out and take the next dose at the usual time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the plan). Then stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” ended on {day} and said stop after its last step, so no more doses are reminded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” ended on {day}; its last step ({mg} mg a day in the plan) is still reminded. If the doctor or nurse said otherwise, change or archive the plan on the Plans page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” is followed, but none of its times of day is a time on the Medicines page, so reminders give the Medicines page&apos;s doses. Change the plan&apos;s times or the medicine&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” starts on {day}; until then the doses on the Medicines page are reminded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: {notice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.medicines</name>
    <message>
        <location filename="../../src/caregiver_app/services/medicines.py"/>
        <source>The plan “{plan}” gives doses at {times}, which would no longer be times on this page: those plan doses would not be reminded, and the new times would get the doses set here. Change the plan&apos;s times on the Plans page too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/medicines.py"/>
        <source>The plan “{plan}” sets this medicine&apos;s doses at {times}. With this schedule it cannot: reminders would give the doses set here instead. Change or archive the plan on the Plans page if that is what the doctor or nurse said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.plans</name>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>The plan has doses at {times}, but {name}&apos;s reminders come only at {have} (the times set on the Medicines page), so those doses would not be reminded. To be reminded of them, add {times} to {name}&apos;s times on the Medicines page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>{name} has a dose at {times}, which this plan does not list: that dose stays as set on the Medicines page, whatever the plan says. If the plan should change or stop that dose, add {times} to the plan (0 mg to stop it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>{name} has no daily times on the Medicines page, so reminders cannot follow this plan: set the times there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>{name} is taken on some weekdays only: the plan&apos;s doses are reminded on those days only.</source>
        <translation type="unfinished"></translation>
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
