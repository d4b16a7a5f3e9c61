<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>domain.medicines</name>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>10 mg/5 mL (2 mg in each mL)</source>
        <translation>⟦10 mğ/5 mŁ (2 mğ íñ éáçĥ mŁ)······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>5 mg/5 mL (1 mg in each mL)</source>
        <translation>⟦5 mğ/5 mŁ (1 mğ íñ éáçĥ mŁ)······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>5 mg/mL (5 mg in each mL)</source>
        <translation>⟦5 mğ/mŁ (5 mğ íñ éáçĥ mŁ)······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Another medicine (not baclofen)</source>
        <translation>⟦Áñóŧĥéŕ méđíçíñé (ñóŧ báçłóféñ)··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>As needed: {dose}, at least {hours} h apart, at most {count} a day</source>
        <translation>⟦Áš ñééđéđ: {dose}, áŧ łéášŧ {hours} ĥ ápáŕŧ, áŧ móšŧ {count} á đáý············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Baclofen</source>
        <translation>⟦Báçłóféñ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Every day: {times}</source>
        <translation>⟦Évéŕý đáý: {times}···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Every {hours} hours from {time}: {dose}</source>
        <translation>⟦Évéŕý {hours} ĥóúŕš fŕóm {time}: {dose}······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Fri</source>
        <translation>⟦Fŕí·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Granules (packets)</source>
        <translation>⟦Ğŕáñúłéš (páçķéŧš)······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Instructions</source>
        <translation>⟦Íñšŧŕúçŧíóñš·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Intrathecal pump</source>
        <translation>⟦Íñŧŕáŧĥéçáł púmp······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Low-reservoir alarm date</source>
        <translation>⟦Łóŵ-ŕéšéŕvóíŕ áłáŕm đáŧé········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Medicine name</source>
        <translation>⟦Méđíçíñé ñámé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Mon</source>
        <translation>⟦Móñ·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Next refill</source>
        <translation>⟦Ñéxŧ ŕéfíłł····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Not baclofen: the app&apos;s baclofen checks (the missed-dose rule, the 80 mg a day label maximum, the warning about running out) do not apply to this medicine.</source>
        <translation>⟦Ñóŧ báçłóféñ: ŧĥé ápp&apos;š báçłóféñ çĥéçķš (ŧĥé míššéđ-đóšé ŕúłé, ŧĥé 80 mğ á đáý łábéł máxímúm, ŧĥé ŵáŕñíñğ ábóúŧ ŕúññíñğ óúŧ) đó ñóŧ áppłý ŧó ŧĥíš méđíçíñé.················································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Oral solution / suspension</source>
        <translation>⟦Óŕáł šółúŧíóñ / šúšpéñšíóñ·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Other</source>
        <translation>⟦Óŧĥéŕ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please choose the active ingredient: baclofen or another medicine.</source>
        <translation>⟦Płéášé çĥóóšé ŧĥé áçŧívé íñğŕéđíéñŧ: báçłóféñ óŕ áñóŧĥéŕ méđíçíñé.······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please choose the form (tablet, oral solution, granules, pump).</source>
        <translation>⟦Płéášé çĥóóšé ŧĥé fóŕm (ŧábłéŧ, óŕáł šółúŧíóñ, ğŕáñúłéš, púmp).····················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please enter the strength in mg per mL, as printed on the bottle (for example 5 mg/5 mL is 1 mg/mL).</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé šŧŕéñğŧĥ íñ mğ péŕ mŁ, áš pŕíñŧéđ óñ ŧĥé bóŧŧłé (fóŕ éxámpłé 5 mğ/5 mŁ íš 1 mğ/mŁ).····························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Please enter the strength of one tablet or packet in mg.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé šŧŕéñğŧĥ óf óñé ŧábłéŧ óŕ páçķéŧ íñ mğ.··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Prescriber</source>
        <translation>⟦Pŕéšçŕíbéŕ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Reminder days must be whole numbers from 0 to 60.</source>
        <translation>⟦Ŕémíñđéŕ đáýš múšŧ bé ŵĥółé ñúmbéŕš fŕóm 0 ŧó 60.··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Reorder warning</source>
        <translation>⟦Ŕéóŕđéŕ ŵáŕñíñğ······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Running out of baclofen is dangerous: stopping it suddenly can cause hallucinations and seizures (baclofen label). Order more in good time, and talk to your doctor or nurse if a supply gap is coming.</source>
        <translation>⟦Ŕúññíñğ óúŧ óf báçłóféñ íš đáñğéŕóúš: šŧóppíñğ íŧ šúđđéñłý çáñ çáúšé ĥáłłúçíñáŧíóñš áñđ šéížúŕéš (báçłóféñ łábéł). Óŕđéŕ móŕé íñ ğóóđ ŧímé, áñđ ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé íf á šúppłý ğáp íš çómíñğ.································································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Sat</source>
        <translation>⟦Šáŧ·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Start date</source>
        <translation>⟦Šŧáŕŧ đáŧé····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Stock on hand</source>
        <translation>⟦Šŧóçķ óñ ĥáñđ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Stop date</source>
        <translation>⟦Šŧóp đáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Strength</source>
        <translation>⟦Šŧŕéñğŧĥ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Sun</source>
        <translation>⟦Šúñ·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Tablet</source>
        <translation>⟦Ŧábłéŧ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump refill appointment ({day}) has passed. If the refill was missed, call the doctor before the pump runs empty.</source>
        <translation>⟦Ŧĥé púmp ŕéfíłł áppóíñŧméñŧ ({day}) ĥáš páššéđ. Íf ŧĥé ŕéfíłł ŵáš míššéđ, çáłł ŧĥé đóçŧóŕ béfóŕé ŧĥé púmp ŕúñš émpŧý.···································⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump refill appointment is in %n days ({day}). Missing a refill can cause withdrawal: keep the appointment.</source>
        <extracomment>English singular: The pump refill appointment is in %n day ({day}). Missing a refill can cause withdrawal: keep the appointment.</extracomment>
        <translation>
            <numerusform>⟦Ŧĥé púmp ŕéfíłł áppóíñŧméñŧ íš íñ %n đáý ({day}). Míššíñğ á ŕéfíłł çáñ çáúšé ŵíŧĥđŕáŵáł: ķéép ŧĥé áppóíñŧméñŧ.································⟧</numerusform>
            <numerusform>⟦Ŧĥé púmp ŕéfíłł áppóíñŧméñŧ íš íñ %n đáýš ({day}). Míššíñğ á ŕéfíłł çáñ çáúšé ŵíŧĥđŕáŵáł: ķéép ŧĥé áppóíñŧméñŧ.·································⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump&apos;s low-reservoir alarm date ({day}) has passed. If the refill was missed, call the doctor before the pump runs empty.</source>
        <translation>⟦Ŧĥé púmp&apos;š łóŵ-ŕéšéŕvóíŕ áłáŕm đáŧé ({day}) ĥáš páššéđ. Íf ŧĥé ŕéfíłł ŵáš míššéđ, çáłł ŧĥé đóçŧóŕ béfóŕé ŧĥé púmp ŕúñš émpŧý.·····································⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The pump&apos;s low-reservoir alarm date is in %n days ({day}). Missing a refill can cause withdrawal: keep the appointment.</source>
        <extracomment>English singular: The pump&apos;s low-reservoir alarm date is in %n day ({day}). Missing a refill can cause withdrawal: keep the appointment.</extracomment>
        <translation>
            <numerusform>⟦Ŧĥé púmp&apos;š łóŵ-ŕéšéŕvóíŕ áłáŕm đáŧé íš íñ %n đáý ({day}). Míššíñğ á ŕéfíłł çáñ çáúšé ŵíŧĥđŕáŵáł: ķéép ŧĥé áppóíñŧméñŧ.··································⟧</numerusform>
            <numerusform>⟦Ŧĥé púmp&apos;š łóŵ-ŕéšéŕvóíŕ áłáŕm đáŧé íš íñ %n đáýš ({day}). Míššíñğ á ŕéfíłł çáñ çáúšé ŵíŧĥđŕáŵáł: ķéép ŧĥé áppóíñŧméñŧ.···································⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>The stop date is before the start date.</source>
        <translation>⟦Ŧĥé šŧóp đáŧé íš béfóŕé ŧĥé šŧáŕŧ đáŧé.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Thu</source>
        <translation>⟦Ŧĥú·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Time to reorder.</source>
        <translation>⟦Ŧímé ŧó ŕéóŕđéŕ.·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Tue</source>
        <translation>⟦Ŧúé·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>Wed</source>
        <translation>⟦Ŵéđ·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>granules (packets)</source>
        <translation>⟦ğŕáñúłéš (páçķéŧš)······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>intrathecal pump</source>
        <translation>⟦íñŧŕáŧĥéçáł púmp······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>oral solution / suspension</source>
        <translation>⟦óŕáł šółúŧíóñ / šúšpéñšíóñ·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>other</source>
        <translation>⟦óŧĥéŕ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>tablet</source>
        <translation>⟦ŧábłéŧ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} doses left</source>
        <translation>⟦{amount} đóšéš łéfŧ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} mL left</source>
        <translation>⟦{amount} mŁ łéfŧ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} packets left</source>
        <translation>⟦{amount} páçķéŧš łéfŧ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{amount} tablets left</source>
        <translation>⟦{amount} ŧábłéŧš łéfŧ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{days}: {times}</source>
        <translation>⟦{days}: {times}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{day} {year}</source>
        <translation>⟦{day} {year}·⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{left}: about %n days at the current dose.</source>
        <extracomment>English singular: {left}: about %n days at the current dose.</extracomment>
        <translation>
            <numerusform>⟦{left}: ábóúŧ %n đáýš áŧ ŧĥé çúŕŕéñŧ đóšé.··········⟧</numerusform>
            <numerusform>⟦{left}: ábóúŧ %n đáýš áŧ ŧĥé çúŕŕéñŧ đóšé.··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mcg/day</source>
        <translation>⟦{mg} mçğ/đáý··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg</source>
        <translation>⟦{mg} mğ·⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg (%n packets)</source>
        <extracomment>English singular: {mg} mg (%n packet)</extracomment>
        <translation>
            <numerusform>⟦{mg} mğ (%n páçķéŧ)···⟧</numerusform>
            <numerusform>⟦{mg} mğ (%n páçķéŧš)····⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg (%n tablets)</source>
        <extracomment>English singular: {mg} mg (%n tablet)</extracomment>
        <translation>
            <numerusform>⟦{mg} mğ (%n ŧábłéŧ)···⟧</numerusform>
            <numerusform>⟦{mg} mğ (%n ŧábłéŧš)····⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} packet)</source>
        <translation>⟦{mg} mğ ({amount} páçķéŧ)···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} packets)</source>
        <translation>⟦{mg} mğ ({amount} páçķéŧš)····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} tablet)</source>
        <translation>⟦{mg} mğ ({amount} ŧábłéŧ)···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg ({amount} tablets)</source>
        <translation>⟦{mg} mğ ({amount} ŧábłéŧš)····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg = {ml} mL</source>
        <translation>⟦{mg} mğ = {ml} mŁ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg in each mL</source>
        <translation>⟦{mg} mğ íñ éáçĥ mŁ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg in each mL is not a strength the app knows for a baclofen liquid ({known}). Please check the strength printed on the bottle with the bottle in hand: every amount in mL is worked out from it, and a 5 mg/mL bottle entered as 1 mg/mL would give five times the dose.</source>
        <translation>⟦{mg} mğ íñ éáçĥ mŁ íš ñóŧ á šŧŕéñğŧĥ ŧĥé ápp ķñóŵš fóŕ á báçłóféñ łíqúíđ ({known}). Płéášé çĥéçķ ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ ŧĥé bóŧŧłé ŵíŧĥ ŧĥé bóŧŧłé íñ ĥáñđ: évéŕý ámóúñŧ íñ mŁ íš ŵóŕķéđ óúŧ fŕóm íŧ, áñđ á 5 mğ/mŁ bóŧŧłé éñŧéŕéđ áš 1 mğ/mŁ ŵóúłđ ğívé fívé ŧíméš ŧĥé đóšé.··············································································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is not a strength the app knows for baclofen granule packets ({known} mg). Please check the strength printed on the box with the box in hand: every amount to give is worked out from it.</source>
        <translation>⟦{mg} mğ íš ñóŧ á šŧŕéñğŧĥ ŧĥé ápp ķñóŵš fóŕ báçłóféñ ğŕáñúłé páçķéŧš ({known} mğ). Płéášé çĥéçķ ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ ŧĥé bóx ŵíŧĥ ŧĥé bóx íñ ĥáñđ: évéŕý ámóúñŧ ŧó ğívé íš ŵóŕķéđ óúŧ fŕóm íŧ.························································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is not a strength the app knows for baclofen tablets ({known} mg). Please check the strength printed on the box with the box in hand: every amount to give is worked out from it.</source>
        <translation>⟦{mg} mğ íš ñóŧ á šŧŕéñğŧĥ ŧĥé ápp ķñóŵš fóŕ báçłóféñ ŧábłéŧš ({known} mğ). Płéášé çĥéçķ ŧĥé šŧŕéñğŧĥ pŕíñŧéđ óñ ŧĥé bóx ŵíŧĥ ŧĥé bóx íñ ĥáñđ: évéŕý ámóúñŧ ŧó ğívé íš ŵóŕķéđ óúŧ fŕóm íŧ.······················································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is {amount} packets of {strength} mg: not a whole or half packet. Ask the pharmacist or prescriber how to give this dose.</source>
        <translation>⟦{mg} mğ íš {amount} páçķéŧš óf {strength} mğ: ñóŧ á ŵĥółé óŕ ĥáłf páçķéŧ. Ášķ ŧĥé pĥáŕmáçíšŧ óŕ pŕéšçŕíbéŕ ĥóŵ ŧó ğívé ŧĥíš đóšé.································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{mg} mg is {amount} tablets of {strength} mg: not a whole or half tablet. Ask the pharmacist or prescriber how to give this dose.</source>
        <translation>⟦{mg} mğ íš {amount} ŧábłéŧš óf {strength} mğ: ñóŧ á ŵĥółé óŕ ĥáłf ŧábłéŧ. Ášķ ŧĥé pĥáŕmáçíšŧ óŕ pŕéšçŕíbéŕ ĥóŵ ŧó ğívé ŧĥíš đóšé.································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} ({form})</source>
        <translation>⟦{name} ({form})·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} oral liquid {strength}</source>
        <translation>⟦{name} óŕáł łíqúíđ {strength}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} {mg} mg packet</source>
        <translation>⟦{name} {mg} mğ páçķéŧ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{name} {mg} mg tablet</source>
        <translation>⟦{name} {mg} mğ ŧábłéŧ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/medicines.py"/>
        <source>{time} {dose}</source>
        <translation>⟦{time} {dose}·⟧</translation>
    </message>
</context>
<context>
    <name>domain.people</name>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>After a change of dose (a step of a taper or titration plan, a new daily total, a baclofen medicine stopped) the app asks a short check-in each day for this many days about the signs to look out for; after missed doses, running out, or a pump refill or pump date, for 3 days. How long is the app&apos;s choice, not medical advice: ask your doctor or nurse how long to watch.</source>
        <translation>⟦Áfŧéŕ á çĥáñğé óf đóšé (á šŧép óf á ŧápéŕ óŕ ŧíŧŕáŧíóñ płáñ, á ñéŵ đáíłý ŧóŧáł, á báçłóféñ méđíçíñé šŧóppéđ) ŧĥé ápp ášķš á šĥóŕŧ çĥéçķ-íñ éáçĥ đáý fóŕ ŧĥíš máñý đáýš ábóúŧ ŧĥé šíğñš ŧó łóóķ óúŧ fóŕ; áfŧéŕ míššéđ đóšéš, ŕúññíñğ óúŧ, óŕ á púmp ŕéfíłł óŕ púmp đáŧé, fóŕ 3 đáýš. Ĥóŵ łóñğ íš ŧĥé ápp&apos;š çĥóíçé, ñóŧ méđíçáł áđvíçé: ášķ ýóúŕ đóçŧóŕ óŕ ñúŕšé ĥóŵ łóñğ ŧó ŵáŧçĥ.·················································································································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Check-in days must be a whole number from 0 (none) to {most}.</source>
        <translation>⟦Çĥéçķ-íñ đáýš múšŧ bé á ŵĥółé ñúmbéŕ fŕóm 0 (ñóñé) ŧó {most}.················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Date of birth</source>
        <translation>⟦Đáŧé óf bíŕŧĥ····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Emergency contact</source>
        <translation>⟦Éméŕğéñçý çóñŧáçŧ······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Name</source>
        <translation>⟦Ñámé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Notes</source>
        <translation>⟦Ñóŧéš··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Prescriber or clinic</source>
        <translation>⟦Pŕéšçŕíbéŕ óŕ çłíñíç·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Reduced kidney function is either ticked or not.</source>
        <translation>⟦Ŕéđúçéđ ķíđñéý fúñçŧíóñ íš éíŧĥéŕ ŧíçķéđ óŕ ñóŧ.················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Reduced kidney function: baclofen leaves the body mainly through the kidneys, so the label advises caution and the dose may need to be lower. Ask the prescriber; this app never works out a kidney dose.</source>
        <translation>⟦Ŕéđúçéđ ķíđñéý fúñçŧíóñ: báçłóféñ łéávéš ŧĥé bóđý máíñłý ŧĥŕóúğĥ ŧĥé ķíđñéýš, šó ŧĥé łábéł áđvíšéš çáúŧíóñ áñđ ŧĥé đóšé máý ñééđ ŧó bé łóŵéŕ. Ášķ ŧĥé pŕéšçŕíbéŕ; ŧĥíš ápp ñévéŕ ŵóŕķš óúŧ á ķíđñéý đóšé.·································································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>The check-in time must be a time of day, like 20:00.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ ŧímé múšŧ bé á ŧímé óf đáý, łíķé 20:00.··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>The year of birth must be a year, like 1950.</source>
        <translation>⟦Ŧĥé ýéáŕ óf bíŕŧĥ múšŧ bé á ýéáŕ, łíķé 1950.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>The year of birth must be between {first} and {last}.</source>
        <translation>⟦Ŧĥé ýéáŕ óf bíŕŧĥ múšŧ bé béŧŵééñ {first} áñđ {last}.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/people.py"/>
        <source>Under 12: the safety and effectiveness of baclofen by mouth below age 12 are not established (label). Talk to your doctor or nurse about the doses.</source>
        <translation>⟦Úñđéŕ 12: ŧĥé šáféŧý áñđ éfféçŧívéñéšš óf báçłóféñ bý móúŧĥ béłóŵ áğé 12 áŕé ñóŧ éšŧábłíšĥéđ (łábéł). Ŧáłķ ŧó ýóúŕ đóçŧóŕ óŕ ñúŕšé ábóúŧ ŧĥé đóšéš.·············································⟧</translation>
    </message>
</context>
<context>
    <name>domain.plans</name>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>A plan can have at most {most} steps.</source>
        <translation>⟦Á płáñ çáñ ĥávé áŧ móšŧ {most} šŧépš.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>After the last step (from {day}): stop — no more doses of the medicine are reminded.</source>
        <translation>⟦Áfŧéŕ ŧĥé łášŧ šŧép (fŕóm {day}): šŧóp — ñó móŕé đóšéš óf ŧĥé méđíçíñé áŕé ŕémíñđéđ.························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>After the last step (from {day}): stop — no more doses of {name} are reminded.</source>
        <translation>⟦Áfŧéŕ ŧĥé łášŧ šŧép (fŕóm {day}): šŧóp — ñó móŕé đóšéš óf {name} áŕé ŕémíñđéđ.···················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>After the last step ends on {day}: its doses ({mg} mg a day) carry on until the plan is changed or archived.</source>
        <translation>⟦Áfŧéŕ ŧĥé łášŧ šŧép éñđš óñ {day}: íŧš đóšéš ({mg} mğ á đáý) çáŕŕý óñ úñŧíł ŧĥé płáñ íš çĥáñğéđ óŕ áŕçĥívéđ.······························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Building up (titration)</source>
        <translation>⟦Búíłđíñğ úp (ŧíŧŕáŧíóñ)········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Keep giving the last step&apos;s doses</source>
        <translation>⟦Ķéép ğívíñğ ŧĥé łášŧ šŧép&apos;š đóšéš···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Lowering (taper)</source>
        <translation>⟦Łóŵéŕíñğ (ŧápéŕ)·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>On {day} the plan goes from {before} to {after} at once: a drop of {drop} mg a day, more than one step of {step} mg a day (the label&apos;s titration step taken in reverse). Stopping or reducing quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <translation>⟦Óñ {day} ŧĥé płáñ ğóéš fŕóm {before} ŧó {after} áŧ óñçé: á đŕóp óf {drop} mğ á đáý, móŕé ŧĥáñ óñé šŧép óf {step} mğ á đáý (ŧĥé łábéł&apos;š ŧíŧŕáŧíóñ šŧép ŧáķéñ íñ ŕévéŕšé). Šŧóppíñğ óŕ ŕéđúçíñğ qúíçķłý çáñ çáúšé ŵíŧĥđŕáŵáł. Płéášé çĥéçķ ŧĥé płáñ ŵíŧĥ ýóúŕ đóçŧóŕ óŕ ñúŕšé béfóŕé fółłóŵíñğ íŧ.··············································································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please choose the medicine the plan is for.</source>
        <translation>⟦Płéášé çĥóóšé ŧĥé méđíçíñé ŧĥé płáñ íš fóŕ.··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please choose what happens after the last step: keep giving its doses, or stop.</source>
        <translation>⟦Płéášé çĥóóšé ŵĥáŧ ĥáppéñš áfŧéŕ ŧĥé łášŧ šŧép: ķéép ğívíñğ íŧš đóšéš, óŕ šŧóp.·························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please choose whether the plan builds the dose up or lowers it.</source>
        <translation>⟦Płéášé çĥóóšé ŵĥéŧĥéŕ ŧĥé płáñ búíłđš ŧĥé đóšé úp óŕ łóŵéŕš íŧ.····················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Please enter at least one step, as the clinician wrote it.</source>
        <translation>⟦Płéášé éñŧéŕ áŧ łéášŧ óñé šŧép, áš ŧĥé çłíñíçíáñ ŵŕóŧé íŧ.··················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n} starts on {day}, before the step before it ends: steps must not overlap.</source>
        <translation>⟦Šŧép {n} šŧáŕŧš óñ {day}, béfóŕé ŧĥé šŧép béfóŕé íŧ éñđš: šŧépš múšŧ ñóŧ óvéŕłáp.······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: please enter the dose at each time (0 for none).</source>
        <translation>⟦Šŧép {n}: płéášé éñŧéŕ ŧĥé đóšé áŧ éáçĥ ŧímé (0 fóŕ ñóñé).················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the dose at {time}</source>
        <translation>⟦Šŧép {n}: ŧĥé đóšé áŧ {time}·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the number of days</source>
        <translation>⟦Šŧép {n}: ŧĥé ñúmbéŕ óf đáýš········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the number of days must be a whole number.</source>
        <translation>⟦Šŧép {n}: ŧĥé ñúmbéŕ óf đáýš múšŧ bé á ŵĥółé ñúmbéŕ.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the start date must be between {first} and {last}.</source>
        <translation>⟦Šŧép {n}: ŧĥé šŧáŕŧ đáŧé múšŧ bé béŧŵééñ {first} áñđ {last}.·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Step {n}: the time {time} is there twice.</source>
        <translation>⟦Šŧép {n}: ŧĥé ŧímé {time} íš ŧĥéŕé ŧŵíçé.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Stop: no more doses</source>
        <translation>⟦Šŧóp: ñó móŕé đóšéš······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>The plan goes from {before} to none at once (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <translation>⟦Ŧĥé płáñ ğóéš fŕóm {before} ŧó ñóñé áŧ óñçé (ñó đóšé fŕóm {day}). Ŧĥé ÑĤŠ áđvíšéš ŕéđúçíñğ báçłóféñ ğŕáđúáłłý, óvéŕ 1–2 ŵééķš óŕ łóñğéŕ; šŧóppíñğ qúíçķłý çáñ çáúšé ŵíŧĥđŕáŵáł. Płéášé çĥéçķ ŧĥé płáñ ŵíŧĥ ýóúŕ đóçŧóŕ óŕ ñúŕšé béfóŕé fółłóŵíñğ íŧ.········································································⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>The plan goes from {before} to none in %n days (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</source>
        <extracomment>English singular: The plan goes from {before} to none in %n day (no dose from {day}). The NHS advises reducing baclofen gradually, over 1–2 weeks or longer; stopping quickly can cause withdrawal. Please check the plan with your doctor or nurse before following it.</extracomment>
        <translation>
            <numerusform>⟦Ŧĥé płáñ ğóéš fŕóm {before} ŧó ñóñé íñ %n đáý (ñó đóšé fŕóm {day}). Ŧĥé ÑĤŠ áđvíšéš ŕéđúçíñğ báçłóféñ ğŕáđúáłłý, óvéŕ 1–2 ŵééķš óŕ łóñğéŕ; šŧóppíñğ qúíçķłý çáñ çáúšé ŵíŧĥđŕáŵáł. Płéášé çĥéçķ ŧĥé płáñ ŵíŧĥ ýóúŕ đóçŧóŕ óŕ ñúŕšé béfóŕé fółłóŵíñğ íŧ.········································································⟧</numerusform>
            <numerusform>⟦Ŧĥé płáñ ğóéš fŕóm {before} ŧó ñóñé íñ %n đáýš (ñó đóšé fŕóm {day}). Ŧĥé ÑĤŠ áđvíšéš ŕéđúçíñğ báçłóféñ ğŕáđúáłłý, óvéŕ 1–2 ŵééķš óŕ łóñğéŕ; šŧóppíñğ qúíçķłý çáñ çáúšé ŵíŧĥđŕáŵáł. Płéášé çĥéçķ ŧĥé płáñ ŵíŧĥ ýóúŕ đóçŧóŕ óŕ ñúŕšé béfóŕé fółłóŵíñğ íŧ.········································································⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>The plan&apos;s name</source>
        <translation>⟦Ŧĥé płáñ&apos;š ñámé·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>Where the plan comes from</source>
        <translation>⟦Ŵĥéŕé ŧĥé płáñ çóméš fŕóm········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>none</source>
        <translation>⟦ñóñé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>{day} {year}</source>
        <translation>⟦{day} {year}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/plans.py"/>
        <source>{mg} mg a day</source>
        <translation>⟦{mg} mğ á đáý··⟧</translation>
    </message>
</context>
<context>
    <name>domain.schedules</name>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Add at least one time of day.</source>
        <translation>⟦Áđđ áŧ łéášŧ óñé ŧímé óf đáý.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Choose at least one day of the week.</source>
        <translation>⟦Çĥóóšé áŧ łéášŧ óñé đáý óf ŧĥé ŵééķ.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Days of the week are numbered 0 (Monday) to 6 (Sunday).</source>
        <translation>⟦Đáýš óf ŧĥé ŵééķ áŕé ñúmbéŕéđ 0 (Móñđáý) ŧó 6 (Šúñđáý).···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Doses can be at most 7 days (168 hours) apart.</source>
        <translation>⟦Đóšéš çáñ bé áŧ móšŧ 7 đáýš (168 ĥóúŕš) ápáŕŧ.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Doses must be at least 1 hour apart.</source>
        <translation>⟦Đóšéš múšŧ bé áŧ łéášŧ 1 ĥóúŕ ápáŕŧ.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Each entry needs a time and a dose in mg.</source>
        <translation>⟦Éáçĥ éñŧŕý ñééđš á ŧímé áñđ á đóšé íñ mğ.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>End date</source>
        <translation>⟦Éñđ đáŧé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Friday</source>
        <translation>⟦Fŕíđáý··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Monday</source>
        <translation>⟦Móñđáý··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please choose a time zone.</source>
        <translation>⟦Płéášé çĥóóšé á ŧímé žóñé.········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please choose how often: fixed times, every few hours, chosen days of the week, or as needed.</source>
        <translation>⟦Płéášé çĥóóšé ĥóŵ ófŧéñ: fíxéđ ŧíméš, évéŕý féŵ ĥóúŕš, çĥóšéñ đáýš óf ŧĥé ŵééķ, óŕ áš ñééđéđ.·····························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter a time like 08:00.</source>
        <translation>⟦Płéášé éñŧéŕ á ŧímé łíķé 08:00.········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the dose at {time} in mg.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé đóšé áŧ {time} íñ mğ.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the dose in mg.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé đóšé íñ mğ.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the interval.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé íñŧéŕváł.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the most doses a day.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé móšŧ đóšéš á đáý.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the most mg a day in mg.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé móšŧ mğ á đáý íñ mğ.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the start date.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé šŧáŕŧ đáŧé.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Please enter the time between doses.</source>
        <translation>⟦Płéášé éñŧéŕ ŧĥé ŧímé béŧŵééñ đóšéš.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Saturday</source>
        <translation>⟦Šáŧúŕđáý···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Start date</source>
        <translation>⟦Šŧáŕŧ đáŧé····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Sunday</source>
        <translation>⟦Šúñđáý··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The dose</source>
        <translation>⟦Ŧĥé đóšé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The dose at {time}</source>
        <translation>⟦Ŧĥé đóšé áŧ {time}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation>⟦Ŧĥé éñđ đáŧé ({end}) íš béfóŕé ŧĥé šŧáŕŧ đáŧé ({start}).············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The interval</source>
        <translation>⟦Ŧĥé íñŧéŕváł····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day</source>
        <translation>⟦Ŧĥé móšŧ đóšéš á đáý······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day can be at most {most}; please check the number.</source>
        <translation>⟦Ŧĥé móšŧ đóšéš á đáý çáñ bé áŧ móšŧ {most}; płéášé çĥéçķ ŧĥé ñúmbéŕ.···················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most doses a day must be at least 1.</source>
        <translation>⟦Ŧĥé móšŧ đóšéš á đáý múšŧ bé áŧ łéášŧ 1.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most mg a day</source>
        <translation>⟦Ŧĥé móšŧ mğ á đáý·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The most mg a day ({cap} mg) is less than one dose ({mg} mg).</source>
        <translation>⟦Ŧĥé móšŧ mğ á đáý ({cap} mğ) íš łéšš ŧĥáñ óñé đóšé ({mg} mğ).··············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The schedule details are missing or damaged.</source>
        <translation>⟦Ŧĥé šçĥéđúłé đéŧáíłš áŕé míššíñğ óŕ đámáğéđ.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses</source>
        <translation>⟦Ŧĥé ŧímé béŧŵééñ đóšéš········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses can be at most 7 days (168 hours).</source>
        <translation>⟦Ŧĥé ŧímé béŧŵééñ đóšéš çáñ bé áŧ móšŧ 7 đáýš (168 ĥóúŕš).················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time between doses must be more than 0 minutes.</source>
        <translation>⟦Ŧĥé ŧímé béŧŵééñ đóšéš múšŧ bé móŕé ŧĥáñ 0 míñúŧéš.················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time zone must be a name like Europe/London.</source>
        <translation>⟦Ŧĥé ŧímé žóñé múšŧ bé á ñámé łíķé Éúŕópé/Łóñđóñ.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>The time {time} is listed twice; each time of day can be used only once (put the whole dose on one line).</source>
        <translation>⟦Ŧĥé ŧímé {time} íš łíšŧéđ ŧŵíçé; éáçĥ ŧímé óf đáý çáñ bé úšéđ óñłý óñçé (púŧ ŧĥé ŵĥółé đóšé óñ óñé łíñé).······························⟧</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>There are %n times of day; the most is {most}.</source>
        <extracomment>English singular: There is %n time of day; the most is {most}.</extracomment>
        <translation>
            <numerusform>⟦Ŧĥéŕé íš %n ŧímé óf đáý; ŧĥé móšŧ íš {most}.··········⟧</numerusform>
            <numerusform>⟦Ŧĥéŕé áŕé %n ŧíméš óf đáý; ŧĥé móšŧ íš {most}.···········⟧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Thursday</source>
        <translation>⟦Ŧĥúŕšđáý···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Times are hours and minutes only, like 08:00.</source>
        <translation>⟦Ŧíméš áŕé ĥóúŕš áñđ míñúŧéš óñłý, łíķé 08:00.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Tuesday</source>
        <translation>⟦Ŧúéšđáý···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>Wednesday</source>
        <translation>⟦Ŵéđñéšđáý····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} cannot be negative.</source>
        <translation>⟦{label} çáññóŧ bé ñéğáŧívé.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} is {mg} mg, more than {most} mg for a day. Please check the number (doses are in mg).</source>
        <translation>⟦{label} íš {mg} mğ, móŕé ŧĥáñ {most} mğ fóŕ á đáý. Płéášé çĥéçķ ŧĥé ñúmbéŕ (đóšéš áŕé íñ mğ).·····················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} is {mg} mg, more than {most} mg for one dose. Please check the number (doses are in mg).</source>
        <translation>⟦{label} íš {mg} mğ, móŕé ŧĥáñ {most} mğ fóŕ óñé đóšé. Płéášé çĥéçķ ŧĥé ñúmbéŕ (đóšéš áŕé íñ mğ).······················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a date like 2026-05-31.</source>
        <translation>⟦{label} múšŧ bé á đáŧé łíķé 2026-05-31.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a number of mg, like 10 or 2.5.</source>
        <translation>⟦{label} múšŧ bé á ñúmbéŕ óf mğ, łíķé 10 óŕ 2.5.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a real number of mg, like 10 or 2.5.</source>
        <translation>⟦{label} múšŧ bé á ŕéáł ñúmbéŕ óf mğ, łíķé 10 óŕ 2.5.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be a whole number.</source>
        <translation>⟦{label} múšŧ bé á ŵĥółé ñúmbéŕ.·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} must be more than 0 mg.</source>
        <translation>⟦{label} múšŧ bé móŕé ŧĥáñ 0 mğ.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} {day} is before 1900; please check the year.</source>
        <translation>⟦{label} {day} íš béfóŕé 1900; płéášé çĥéçķ ŧĥé ýéáŕ.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>{label} {day} is too far in the future; please check the year.</source>
        <translation>⟦{label} {day} íš ŧóó fáŕ íñ ŧĥé fúŧúŕé; płéášé çĥéçķ ŧĥé ýéáŕ.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>“{text}” is not a time of day. Times go from 00:00 to 23:59 (24-hour clock).</source>
        <translation>⟦“{text}” íš ñóŧ á ŧímé óf đáý. Ŧíméš ğó fŕóm 00:00 ŧó 23:59 (24-ĥóúŕ çłóçķ).···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>“{text}” is not a time. Use hours and minutes like 08:00 or 20:30 (24-hour clock).</source>
        <translation>⟦“{text}” íš ñóŧ á ŧímé. Úšé ĥóúŕš áñđ míñúŧéš łíķé 08:00 óŕ 20:30 (24-ĥóúŕ çłóçķ).·················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/schedules.py"/>
        <source>“{zone}” is not a time zone this computer knows. Choose one from the list, like Europe/London.</source>
        <translation>⟦“{zone}” íš ñóŧ á ŧímé žóñé ŧĥíš çómpúŧéŕ ķñóŵš. Çĥóóšé óñé fŕóm ŧĥé łíšŧ, łíķé Éúŕópé/Łóñđóñ.···························⟧</translation>
    </message>
</context>
<context>
    <name>domain.settings</name>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>The questions</source>
        <translation>⟦Ŧĥé qúéšŧíóñš·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>The setting {key}: {message}</source>
        <translation>⟦Ŧĥé šéŧŧíñğ {key}: {message}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>The time</source>
        <translation>⟦Ŧĥé ŧímé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be &quot;system&quot; or a language code like &quot;es&quot;.</source>
        <translation>⟦múšŧ bé &quot;šýšŧém&quot; óŕ á łáñğúáğé çóđé łíķé &quot;éš&quot;.·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be a list of people and days, like {&quot;1&quot;: &quot;2026-05-31&quot;}.</source>
        <translation>⟦múšŧ bé á łíšŧ óf péópłé áñđ đáýš, łíķé {&quot;1&quot;: &quot;2026-05-31&quot;}.············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be a list of screens and places, like {&quot;eDP-1 1366x768&quot;: [0, 0, 1358, 732]}.</source>
        <translation>⟦múšŧ bé á łíšŧ óf šçŕééñš áñđ płáçéš, łíķé {&quot;eDP-1 1366x768&quot;: [0, 0, 1358, 732]}.·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be one of {sizes}.</source>
        <translation>⟦múšŧ bé óñé óf {sizes}.····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be the id of a person (a whole number) or null.</source>
        <translation>⟦múšŧ bé ŧĥé íđ óf á péŕšóñ (á ŵĥółé ñúmbéŕ) óŕ ñúłł.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>must be true or false.</source>
        <translation>⟦múšŧ bé ŧŕúé óŕ fáłšé.·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{label} must be a UTC time like 2026-01-31T08:00:00Z, not {value}.</source>
        <translation>⟦{label} múšŧ bé á ÚŦÇ ŧímé łíķé 2026-01-31Ŧ08:00:00Ž, ñóŧ {value}.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{label} {value} is not a real time.</source>
        <translation>⟦{label} {value} íš ñóŧ á ŕéáł ŧímé.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{label} {value} is not between {first} and {last}.</source>
        <translation>⟦{label} {value} íš ñóŧ béŧŵééñ {first} áñđ {last}.······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a day between {first} and {last} like 2026-05-31.</source>
        <translation>⟦{value} íš ñóŧ á đáý béŧŵééñ {first} áñđ {last} łíķé 2026-05-31.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a place and size like [0, 0, 1358, 732].</source>
        <translation>⟦{value} íš ñóŧ á płáçé áñđ šížé łíķé [0, 0, 1358, 732].·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not a setting of this app.</source>
        <translation>⟦{value} íš ñóŧ á šéŧŧíñğ óf ŧĥíš ápp.·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the id of a person.</source>
        <translation>⟦{value} íš ñóŧ ŧĥé íđ óf á péŕšóñ.········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the name of a screen.</source>
        <translation>⟦{value} íš ñóŧ ŧĥé ñámé óf á šçŕééñ.········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/domain/settings.py"/>
        <source>{value} is not the name of a setting.</source>
        <translation>⟦{value} íš ñóŧ ŧĥé ñámé óf á šéŧŧíñğ.·········⟧</translation>
    </message>
</context>
<context>
    <name>services.checkins</name>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>A refill is recorded once it is done, not before.</source>
        <translation>⟦Á ŕéfíłł íš ŕéçóŕđéđ óñçé íŧ íš đóñé, ñóŧ béfóŕé.···············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Baclofen stock at zero on {day}</source>
        <translation>⟦Báçłóféñ šŧóçķ áŧ žéŕó óñ {day}········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Dose changed on {day}</source>
        <translation>⟦Đóšé çĥáñğéđ óñ {day}·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Dose lowered on {day}</source>
        <translation>⟦Đóšé łóŵéŕéđ óñ {day}·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Dose raised on {day}</source>
        <translation>⟦Đóšé ŕáíšéđ óñ {day}·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Only a pump is refilled.</source>
        <translation>⟦Óñłý á púmp íš ŕéfíłłéđ.········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>Pump refilled on {day}</source>
        <translation>⟦Púmp ŕéfíłłéđ óñ {day}······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The check-in of {day} has already been answered (perhaps from another window). Nothing was changed; the answer is in the diary.</source>
        <translation>⟦Ŧĥé çĥéçķ-íñ óf {day} ĥáš áłŕéáđý bééñ áñšŵéŕéđ (péŕĥápš fŕóm áñóŧĥéŕ ŵíñđóŵ). Ñóŧĥíñğ ŵáš çĥáñğéđ; ŧĥé áñšŵéŕ íš íñ ŧĥé đíáŕý.······································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The next refill must come after this one.</source>
        <translation>⟦Ŧĥé ñéxŧ ŕéfíłł múšŧ çómé áfŧéŕ ŧĥíš óñé.·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The pump refill date ({day}) has passed</source>
        <translation>⟦Ŧĥé púmp ŕéfíłł đáŧé ({day}) ĥáš páššéđ··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>The pump&apos;s low-reservoir date ({day}) has passed</source>
        <translation>⟦Ŧĥé púmp&apos;š łóŵ-ŕéšéŕvóíŕ đáŧé ({day}) ĥáš páššéđ·············⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>none</source>
        <translation>⟦ñóñé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{mg} mg</source>
        <translation>⟦{mg} mğ·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{name} lowered to {mg} a day on {day}</source>
        <translation>⟦{name} łóŵéŕéđ ŧó {mg} á đáý óñ {day}······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{name} raised to {mg} a day on {day}</source>
        <translation>⟦{name} ŕáíšéđ ŧó {mg} á đáý óñ {day}······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{name} stopped on {day}</source>
        <translation>⟦{name} šŧóppéđ óñ {day}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{what}; check-in {number} of {of} ({day}) at {time}</source>
        <translation>⟦{what}; çĥéçķ-íñ {number} óf {of} ({day}) áŧ {time}····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/checkins.py"/>
        <source>{what}; check-in {number} of {of} at {time}</source>
        <translation>⟦{what}; çĥéçķ-íñ {number} óf {of} áŧ {time}····⟧</translation>
    </message>
</context>
<context>
    <name>services.doses</name>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Kidney function reduced: doses may need to be lower — the prescriber decides.</source>
        <translation>⟦Ķíđñéý fúñçŧíóñ ŕéđúçéđ: đóšéš máý ñééđ ŧó bé łóŵéŕ — ŧĥé pŕéšçŕíbéŕ đéçíđéš.·························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Log this dose anyway?</source>
        <translation>⟦Łóğ ŧĥíš đóšé áñýŵáý?·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Log this dose as taken anyway?</source>
        <translation>⟦Łóğ ŧĥíš đóšé áš ŧáķéñ áñýŵáý?··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Nothing of this answer was saved.</source>
        <translation>⟦Ñóŧĥíñğ óf ŧĥíš áñšŵéŕ ŵáš šávéđ.···········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>Please check before logging</source>
        <translation>⟦Płéášé çĥéçķ béfóŕé łóğğíñğ··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>due now</source>
        <translation>⟦đúé ñóŵ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>missed — was it taken?</source>
        <translation>⟦míššéđ — ŵáš íŧ ŧáķéñ?······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>not taken</source>
        <translation>⟦ñóŧ ŧáķéñ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>skipped</source>
        <translation>⟦šķíppéđ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>snoozed</source>
        <translation>⟦šñóóžéđ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>snoozed until {time}</source>
        <translation>⟦šñóóžéđ úñŧíł {time}·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>taken</source>
        <translation>⟦ŧáķéñ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>taken at {time}</source>
        <translation>⟦ŧáķéñ áŧ {time}···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>upcoming</source>
        <translation>⟦úpçómíñğ···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{day} {year}</source>
        <translation>⟦{day} {year}·⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name} was not snoozed: its next dose is due at soon, so this one cannot wait any longer. Say whether it was taken, or skip it (if it was not taken, leave it out and take the next dose at the usual time).</source>
        <translation>⟦{name} ŵáš ñóŧ šñóóžéđ: íŧš ñéxŧ đóšé íš đúé áŧ šóóñ, šó ŧĥíš óñé çáññóŧ ŵáíŧ áñý łóñğéŕ. Šáý ŵĥéŧĥéŕ íŧ ŵáš ŧáķéñ, óŕ šķíp íŧ (íf íŧ ŵáš ñóŧ ŧáķéñ, łéávé íŧ óúŧ áñđ ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé).···························································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name} was not snoozed: its next dose is due at {time}, so this one cannot wait any longer. Say whether it was taken, or skip it (if it was not taken, leave it out and take the next dose at the usual time).</source>
        <translation>⟦{name} ŵáš ñóŧ šñóóžéđ: íŧš ñéxŧ đóšé íš đúé áŧ {time}, šó ŧĥíš óñé çáññóŧ ŵáíŧ áñý łóñğéŕ. Šáý ŵĥéŧĥéŕ íŧ ŵáš ŧáķéñ, óŕ šķíp íŧ (íf íŧ ŵáš ñóŧ ŧáķéñ, łéávé íŧ óúŧ áñđ ŧáķé ŧĥé ñéxŧ đóšé áŧ ŧĥé úšúáł ŧímé).··························································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the plan).</source>
        <translation>⟦{name}: đóšéš fółłóŵ ŧĥé płáñ “{plan}”, šŧép {step} óf {steps} ({mg} mğ á đáý íñ ŧĥé płáñ).················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: doses follow the plan “{plan}”, step {step} of {steps} ({mg} mg a day in the plan). Then stop.</source>
        <translation>⟦{name}: đóšéš fółłóŵ ŧĥé płáñ “{plan}”, šŧép {step} óf {steps} ({mg} mğ á đáý íñ ŧĥé płáñ). Ŧĥéñ šŧóp.···················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” ended on {day} and said stop after its last step, so no more doses are reminded.</source>
        <translation>⟦{name}: ŧĥé płáñ “{plan}” éñđéđ óñ {day} áñđ šáíđ šŧóp áfŧéŕ íŧš łášŧ šŧép, šó ñó móŕé đóšéš áŕé ŕémíñđéđ.··························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” ended on {day}; its last step ({mg} mg a day in the plan) is still reminded. If the doctor or nurse said otherwise, change or archive the plan on the Plans page.</source>
        <translation>⟦{name}: ŧĥé płáñ “{plan}” éñđéđ óñ {day}; íŧš łášŧ šŧép ({mg} mğ á đáý íñ ŧĥé płáñ) íš šŧíłł ŕémíñđéđ. Íf ŧĥé đóçŧóŕ óŕ ñúŕšé šáíđ óŧĥéŕŵíšé, çĥáñğé óŕ áŕçĥívé ŧĥé płáñ óñ ŧĥé Płáñš páğé.·················································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” is followed, but none of its times of day is a time on the Medicines page, so reminders give the Medicines page&apos;s doses. Change the plan&apos;s times or the medicine&apos;s.</source>
        <translation>⟦{name}: ŧĥé płáñ “{plan}” íš fółłóŵéđ, búŧ ñóñé óf íŧš ŧíméš óf đáý íš á ŧímé óñ ŧĥé Méđíçíñéš páğé, šó ŕémíñđéŕš ğívé ŧĥé Méđíçíñéš páğé&apos;š đóšéš. Çĥáñğé ŧĥé płáñ&apos;š ŧíméš óŕ ŧĥé méđíçíñé&apos;š.······················································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: the plan “{plan}” starts on {day}; until then the doses on the Medicines page are reminded.</source>
        <translation>⟦{name}: ŧĥé płáñ “{plan}” šŧáŕŧš óñ {day}; úñŧíł ŧĥéñ ŧĥé đóšéš óñ ŧĥé Méđíçíñéš páğé áŕé ŕémíñđéđ.························⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/doses.py"/>
        <source>{name}: {notice}</source>
        <translation>⟦{name}: {notice}·⟧</translation>
    </message>
</context>
<context>
    <name>services.medicines</name>
    <message>
        <location filename="../../src/caregiver_app/services/medicines.py"/>
        <source>The plan “{plan}” gives doses at {times}, which would no longer be times on this page: those plan doses would not be reminded, and the new times would get the doses set here. Change the plan&apos;s times on the Plans page too.</source>
        <translation>⟦Ŧĥé płáñ “{plan}” ğívéš đóšéš áŧ {times}, ŵĥíçĥ ŵóúłđ ñó łóñğéŕ bé ŧíméš óñ ŧĥíš páğé: ŧĥóšé płáñ đóšéš ŵóúłđ ñóŧ bé ŕémíñđéđ, áñđ ŧĥé ñéŵ ŧíméš ŵóúłđ ğéŧ ŧĥé đóšéš šéŧ ĥéŕé. Çĥáñğé ŧĥé płáñ&apos;š ŧíméš óñ ŧĥé Płáñš páğé ŧóó.································································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/medicines.py"/>
        <source>The plan “{plan}” sets this medicine&apos;s doses at {times}. With this schedule it cannot: reminders would give the doses set here instead. Change or archive the plan on the Plans page if that is what the doctor or nurse said.</source>
        <translation>⟦Ŧĥé płáñ “{plan}” šéŧš ŧĥíš méđíçíñé&apos;š đóšéš áŧ {times}. Ŵíŧĥ ŧĥíš šçĥéđúłé íŧ çáññóŧ: ŕémíñđéŕš ŵóúłđ ğívé ŧĥé đóšéš šéŧ ĥéŕé íñšŧéáđ. Çĥáñğé óŕ áŕçĥívé ŧĥé płáñ óñ ŧĥé Płáñš páğé íf ŧĥáŧ íš ŵĥáŧ ŧĥé đóçŧóŕ óŕ ñúŕšé šáíđ.·································································⟧</translation>
    </message>
</context>
<context>
    <name>services.plans</name>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>Plan</source>
        <translation>⟦Płáñ··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>The plan has doses at {times}, but {name}&apos;s reminders come only at {have} (the times set on the Medicines page), so those doses would not be reminded. To be reminded of them, add {times} to {name}&apos;s times on the Medicines page.</source>
        <translation>⟦Ŧĥé płáñ ĥáš đóšéš áŧ {times}, búŧ {name}&apos;š ŕémíñđéŕš çómé óñłý áŧ {have} (ŧĥé ŧíméš šéŧ óñ ŧĥé Méđíçíñéš páğé), šó ŧĥóšé đóšéš ŵóúłđ ñóŧ bé ŕémíñđéđ. Ŧó bé ŕémíñđéđ óf ŧĥém, áđđ {times} ŧó {name}&apos;š ŧíméš óñ ŧĥé Méđíçíñéš páğé.··························································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>{name} has a dose at {times}, which this plan does not list: that dose stays as set on the Medicines page, whatever the plan says. If the plan should change or stop that dose, add {times} to the plan (0 mg to stop it).</source>
        <translation>⟦{name} ĥáš á đóšé áŧ {times}, ŵĥíçĥ ŧĥíš płáñ đóéš ñóŧ łíšŧ: ŧĥáŧ đóšé šŧáýš áš šéŧ óñ ŧĥé Méđíçíñéš páğé, ŵĥáŧévéŕ ŧĥé płáñ šáýš. Íf ŧĥé płáñ šĥóúłđ çĥáñğé óŕ šŧóp ŧĥáŧ đóšé, áđđ {times} ŧó ŧĥé płáñ (0 mğ ŧó šŧóp íŧ).··························································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>{name} has no daily times on the Medicines page, so reminders cannot follow this plan: set the times there.</source>
        <translation>⟦{name} ĥáš ñó đáíłý ŧíméš óñ ŧĥé Méđíçíñéš páğé, šó ŕémíñđéŕš çáññóŧ fółłóŵ ŧĥíš płáñ: šéŧ ŧĥé ŧíméš ŧĥéŕé.································⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/services/plans.py"/>
        <source>{name} is taken on some weekdays only: the plan&apos;s doses are reminded on those days only.</source>
        <translation>⟦{name} íš ŧáķéñ óñ šómé ŵééķđáýš óñłý: ŧĥé płáñ&apos;š đóšéš áŕé ŕémíñđéđ óñ ŧĥóšé đáýš óñłý.··························⟧</translation>
    </message>
</context>
<context>
    <name>ui.settings_dialog</name>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Language</source>
        <translation>⟦&amp;Láñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>&amp;Text size</source>
        <translation>⟦&amp;Téxŧ šížé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>A new language is used the next time Caregiver Assistant starts.</source>
        <translation>⟦Á ñéŵ łáñğúáğé íš úšéđ ŧĥé ñéxŧ ŧímé Çáŕéğívéŕ Áššíšŧáñŧ šŧáŕŧš.·····················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Language</source>
        <translation>⟦Łáñğúáğé···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Not available on this system.</source>
        <translation>⟦Ñóŧ áváíłábłé óñ ŧĥíš šýšŧém.··········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Play a sound with reminders</source>
        <translation>⟦Płáý á šóúñđ ŵíŧĥ ŕémíñđéŕš·········⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Reminder sound</source>
        <translation>⟦Ŕémíñđéŕ šóúñđ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Same as this computer ({language})</source>
        <translation>⟦Šámé áš ŧĥíš çómpúŧéŕ ({language})·······⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation>⟦Šéŧŧíñğš···⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start Caregiver Assistant when I log in (so reminders come)</source>
        <translation>⟦Šŧáŕŧ Çáŕéğívéŕ Áššíšŧáñŧ ŵĥéñ Í łóğ íñ (šó ŕémíñđéŕš çómé)···················⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Start at login</source>
        <translation>⟦Šŧáŕŧ áŧ łóğíñ·····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/settings_dialog.py"/>
        <source>Text size</source>
        <translation>⟦Ŧéxŧ šížé···⟧</translation>
    </message>
</context>
<context>
    <name>ui.theme</name>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Extra large</source>
        <translation>⟦Éxŧŕá łáŕğé····⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Large</source>
        <translation>⟦Łáŕğé··⟧</translation>
    </message>
    <message>
        <location filename="../../src/caregiver_app/ui/theme.py"/>
        <source>Normal</source>
        <translation>⟦Ñóŕmáł··⟧</translation>
    </message>
</context>
</TS>
