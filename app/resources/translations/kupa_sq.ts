<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sq_AL">
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="114" />
        <source>Your shop</source>
        <translation>Dyqani juaj</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="115" />
        <source>The name printed on every receipt, the language of the till and its money.</source>
        <translation>Emri që shtypet në çdo faturë, gjuha e arkës dhe monedha e saj.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>Shop na&amp;me</source>
        <translation>E&amp;mri i dyqanit</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>&amp;Language</source>
        <translation>&amp;Gjuha</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>&amp;Currency</source>
        <translation>Mo&amp;nedha</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="116" />
        <source>&amp;Time zone</source>
        <translation>&amp;Zona kohore</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="158" />
        <source>Receipt printer</source>
        <translation>Printeri i faturave</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="159" />
        <source>How the till reaches its ESC/POS receipt printer.</source>
        <translation>Si lidhet arka me printerin e faturave ESC/POS.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="161" />
        <source>N&amp;o printer</source>
        <translation>Pa &amp;printer</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="162" />
        <source>Ne&amp;twork (host or host:port)</source>
        <translation>Rr&amp;jet (host ose host:port)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="163" />
        <source>Se&amp;rial port</source>
        <translation>Porta &amp;seriale</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="164" />
        <source>&amp;USB (vendor:product id)</source>
        <translation>&amp;USB (id prodhuesi:produkti)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="165" />
        <source>Printer &amp;device file</source>
        <translation>Ske&amp;dari i pajisjes së printerit</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="169" />
        <source>&amp;Address</source>
        <translation>&amp;Adresa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="170" />
        <source>&amp;Paper width</source>
        <translation>&amp;Gjerësia e letrës</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="171" />
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="172" />
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="206" />
        <source>Scanners and card readers</source>
        <translation>Skanerët dhe lexuesit e kartave</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="207" />
        <source>Where barcodes and member cards come from.</source>
        <translation>Nga vijnë barkodet dhe kartat e anëtarëve.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="209" />
        <source>&amp;Keyboard wedge (the scanner types like a keyboard)</source>
        <translation>Skaner si tast&amp;ierë (skaneri shkruan si tastierë)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="210" />
        <source>Se&amp;rial port (USB-CDC scanner or card reader)</source>
        <translation>Porta &amp;seriale (skaner ose lexues kartash USB-CDC)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="211" />
        <source>&amp;Camera (its number: 0 is the first)</source>
        <translation>&amp;Kamera (numri i saj: 0 është e para)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="212" />
        <source>N&amp;one: codes are typed</source>
        <translation>&amp;Asnjë: kodet shtypen me dorë</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="216" />
        <source>&amp;Port or camera</source>
        <translation>&amp;Porta ose kamera</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="218" />
        <source>Under a non-US keyboard layout a keyboard-wedge scanner gets letters wrong: only digits are safe.</source>
        <translation>Me një paraqitje tastiere jo-US, skaneri si tastierë i ngatërron shkronjat: vetëm shifrat janë të sigurta.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="249" />
        <source>Head office</source>
        <translation>Zyra qendrore</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="250" />
        <source>The till sells without it; sales, cards and points travel when it is reachable.</source>
        <translation>Arka shet edhe pa të; shitjet, kartat dhe pikët dërgohen kur ajo arrihet.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="252" />
        <source>No &amp;head office: this till stands alone</source>
        <translation>Pa zyrë &amp;qendrore: kjo arkë është e pavarur</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="253" />
        <source>&amp;Online: register with a one-time code from the office</source>
        <translation>&amp;Në linjë: regjistrim me kod njëpërdorimësh nga zyra</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="254" />
        <source>&amp;USB bundles: carry signed files to the office and back</source>
        <translation>Paketa &amp;USB: skedarë të nënshkruar për në zyrë dhe mbrapsht</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="258" />
        <source>Office &amp;address</source>
        <translation>&amp;Adresa e zyrës</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="259" />
        <source>One-time &amp;code</source>
        <translation>&amp;Kodi njëpërdorimësh</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/setup/pages.py" line="287" />
        <source>The first manager</source>
        <translation>Menaxheri i parë</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="288" />
        <source>The manager approves returns and voids and adds the other staff.</source>
        <translation>Menaxheri miraton kthimet dhe anulimet dhe shton stafin tjetër.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="289" />
        <source>Na&amp;me</source>
        <translation>E&amp;mri</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="289" />
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>&amp;PIN (4 deri 12 shifra)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="289" />
        <source>PIN &amp;again</source>
        <translation>PIN përsër&amp;i</translation>
    </message>
    <message>
        <location filename="../../ui/setup/pages.py" line="292" />
        <source>The till opens at the login screen when the setup is done.</source>
        <translation>Kur mbaron konfigurimi, arka hapet në ekranin e hyrjes.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="119" />
        <source>Give the shop a name.</source>
        <translation>Jepini dyqanit një emër.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="120" />
        <source>Choose a currency from the list.</source>
        <translation>Zgjidhni një monedhë nga lista.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="122" />
        <source>The till cannot use that printer address.</source>
        <translation>Arka nuk mund ta përdorë këtë adresë printeri.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="123" />
        <source>Type the scanner's serial port, like /dev/ttyACM0.</source>
        <translation>Shkruani portën seriale të skanerit, p.sh. /dev/ttyACM0.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="124" />
        <source>A camera is chosen by its number: 0 is the first camera.</source>
        <translation>Kamera zgjidhet me numrin e saj: 0 është kamera e parë.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="125" />
        <source>The office address starts with http:// or https://.</source>
        <translation>Adresa e zyrës fillon me http:// ose https://.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="126" />
        <source>Type the one-time code the office gave you.</source>
        <translation>Shkruani kodin njëpërdorimësh që ju dha zyra.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="127" />
        <source>The office refused the registration.</source>
        <translation>Zyra e refuzoi regjistrimin.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="128" />
        <source>The office did not answer. Check the address, or choose no office.</source>
        <translation>Zyra nuk u përgjigj. Kontrolloni adresën ose zgjidhni pa zyrë.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="129" />
        <source>Give the manager a name.</source>
        <translation>Jepini menaxherit një emër.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="130" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN-i ka 4 deri 12 shifra.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="131" />
        <source>This database already holds a till.</source>
        <translation>Kjo bazë të dhënash ka tashmë një arkë.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="133" />
        <source>The till could not be set up.</source>
        <translation>Arka nuk u konfigurua dot.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="164" />
        <source>Kupa: set up this till</source>
        <translation>Kupa: konfiguroni këtë arkë</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="165" />
        <source>&amp;Next</source>
        <translation>&amp;Tjetër</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="166" />
        <source>&amp;Back</source>
        <translation>Mb&amp;rapa</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="167" />
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="168" />
        <source>&amp;Set up the till</source>
        <translation>&amp;Konfiguro arkën</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="107" />
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Dy PIN-et ndryshojnë; shkruani të njëjtin PIN dy herë.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="121" />
        <source>There is no time zone called %1.</source>
        <translation>Nuk ka zonë kohore me emrin %1.</translation>
    </message>
</context>
</TS>
