<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <source>&amp;Nieuw bericht</source>
        <translation>&amp;New post</translation>
    </message>
    <message>
        <source>&amp;Concepten…</source>
        <translation>&amp;Drafts…</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Publiceren…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <source>&amp;Twijfel? Vraag je leidinggevende…</source>
        <translation>&amp;Unsure? Ask your manager…</translation>
    </message>
    <message>
        <source>&amp;Bijlage toevoegen…</source>
        <translation>&amp;Add attachment…</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Volgend advies</source>
        <translation>&amp;Next advice</translation>
    </message>
    <message>
        <source>V&amp;orig advies</source>
        <translation>P&amp;revious advice</translation>
    </message>
    <message>
        <source>Eerste &amp;oplossing toepassen</source>
        <translation>Apply first &amp;fix</translation>
    </message>
    <message>
        <source>Advies &amp;negeren</source>
        <translation>&amp;Ignore advice</translation>
    </message>
    <message>
        <source>&amp;Persoonlijk</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>&amp;Namens de school</source>
        <translation>On behalf of the &amp;school</translation>
    </message>
    <message>
        <source>Zin ‘op &amp;persoonlijke titel’ toevoegen</source>
        <translation>Add the ‘in a &amp;personal capacity’ line</translation>
    </message>
    <message>
        <source>Naar de &amp;adviezen</source>
        <translation>Go to the &amp;advice</translation>
    </message>
    <message>
        <source>Naar de &amp;tekst</source>
        <translation>Go to the &amp;text</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld per kanaal</source>
        <translation>Pre&amp;view per channel</translation>
    </message>
    <message>
        <source>versie %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>(geen vraag gesteld)</source>
        <translation>(no question asked)</translation>
    </message>
    <message>
        <source>Al besloten: %1 door %2</source>
        <translation>Already decided: %1 by %2</translation>
    </message>
    <message>
        <source>Richtlijn %1</source>
        <translation>Guideline %1</translation>
    </message>
    <message>
        <source>Voorstel:</source>
        <translation>Suggestion:</translation>
    </message>
    <message>
        <source>Rechtsklik voor oplossingen.</source>
        <translation>Right-click for fixes.</translation>
    </message>
    <message>
        <source>Verwijder “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>Vervang door “%1”</source>
        <translation>Replace with “%1”</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>communicatie</source>
        <translation>communications</translation>
    </message>
    <message>
        <source>leidinggevende</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>namens de school</source>
        <translation>on behalf of the school</translation>
    </message>
    <message>
        <source>persoonlijk</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>Geen adviezen bij deze tekst.</source>
        <translation>No advice on this text.</translation>
    </message>
    <message>
        <source>richtlijn</source>
        <translation>guideline</translation>
    </message>
    <message>
        <source>Geen review.</source>
        <translation>No review.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Twijfel? Vraag je leidinggevende</source>
        <translation>Unsure? Ask your manager</translation>
    </message>
    <message>
        <source>richtlijn 8</source>
        <translation>guideline 8</translation>
    </message>
    <message>
        <source>Deelpagina van het kanaal openen</source>
        <translation>Open the channel&apos;s share page</translation>
    </message>
    <message>
        <source>Na publiceren opent de browser de pagina om je bericht te plaatsen.</source>
        <translation>After publishing, the browser opens the page to post your message.</translation>
    </message>
    <message>
        <source>Publiceren…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>Publiceren</source>
        <translation>Publish</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&apos;%1&apos; bestaat niet (meer).</source>
        <translation>&apos;%1&apos; does not exist (any more).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen foto of video.</source>
        <translation>&apos;%1&apos; is not a photo or video.</translation>
    </message>
    <message>
        <source>De foto &apos;%1&apos; is beschadigd of onleesbaar.</source>
        <translation>The photo &apos;%1&apos; is damaged or unreadable.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; kan niet gelezen worden: %2.</source>
        <translation>&apos;%1&apos; cannot be read: %2.</translation>
    </message>
    <message>
        <source>Foto&apos;s en video</source>
        <translation>Photos and video</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Melding over bijlagen</source>
        <translation>Message about attachments</translation>
    </message>
    <message>
        <source>Foto of video &amp;toevoegen…</source>
        <translation>Add photo or &amp;video…</translation>
    </message>
    <message>
        <source>Foto of video toevoegen</source>
        <translation>Add photo or video</translation>
    </message>
    <message>
        <source>Ve&amp;rwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Gekozen bijlage verwijderen</source>
        <translation>Remove the selected attachment</translation>
    </message>
    <message>
        <source>of sleep ze hierheen</source>
        <translation>or drag them here</translation>
    </message>
    <message>
        <source>&apos;%1&apos; staat er al bij.</source>
        <translation>&apos;%1&apos; is already attached.</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>foto</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>Foto&apos;s en video (%1)</source>
        <translation>Photos and video (%1)</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>CapacityToggle</name>
    <message>
        <source>&amp;Persoonlijk</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>&amp;Namens %1</source>
        <translation>On &amp;behalf of %1</translation>
    </message>
    <message>
        <source>Ik schrijf op persoonlijke titel</source>
        <translation>I am writing in a personal capacity</translation>
    </message>
    <message>
        <source>Ik schrijf namens de school</source>
        <translation>I am writing on behalf of the school</translation>
    </message>
    <message>
        <source>Toelichting toevoegen</source>
        <translation>Add disclosure</translation>
    </message>
    <message>
        <source>Over onderwijs? Zeg erbij dat je op persoonlijke titel schrijft: “%1”</source>
        <translation>About education? Say that you write in a personal capacity: “%1”</translation>
    </message>
    <message>
        <source>Zin ‘op persoonlijke titel’ toevoegen</source>
        <translation>Add the ‘in a personal capacity’ line</translation>
    </message>
    <message>
        <source>Als leidinggevende spreek je altijd namens de school.</source>
        <translation>As a manager you always speak for the school.</translation>
    </message>
    <message>
        <source>Richtlijn 5: bij twijfel niet publiceren.</source>
        <translation>Guideline 5: when in doubt, do not publish.</translation>
    </message>
    <message>
        <source>Persoonlijk of namens de school</source>
        <translation>Personal or on behalf of the school</translation>
    </message>
</context>
<context>
    <name>ChannelBar</name>
    <message>
        <source>Kanalen:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <source>Kanalen en tekenteller</source>
        <translation>Channels and character counter</translation>
    </message>
</context>
<context>
    <name>ChannelButton</name>
    <message>
        <source>te lang</source>
        <translation>too long</translation>
    </message>
    <message>
        <source>past</source>
        <translation>fits</translation>
    </message>
    <message>
        <source>Kanaal %1: %2 van %3 tekens, %4</source>
        <translation>Channel %1: %2 of %3 characters, %4</translation>
    </message>
    <message>
        <source>%1: maximaal %2 tekens. Klik om dit kanaal aan of uit te zetten.</source>
        <translation>%1: at most %2 characters. Click to switch this channel on or off.</translation>
    </message>
</context>
<context>
    <name>ChannelPreview</name>
    <message>
        <source>Voorbeeld per kanaal</source>
        <translation>Preview per channel</translation>
    </message>
    <message>
        <source>Kanalen in het voorbeeld</source>
        <translation>Channels in the preview</translation>
    </message>
    <message>
        <source>Voorbeeld op %1</source>
        <translation>Preview on %1</translation>
    </message>
    <message>
        <source>Jij</source>
        <translation>You</translation>
    </message>
    <message>
        <source>meer weergeven</source>
        <translation>see more</translation>
    </message>
    <message>
        <source>Te lang voor %1: het doorgestreepte deel past niet.</source>
        <translation>Too long for %1: the struck-through part does not fit.</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Arabesk Desk — nieuw bericht</source>
        <translation>Arabesk Desk — new post</translation>
    </message>
    <message>
        <source>Adviezen</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Adviezen en voorbeeld</source>
        <translation>Advice and preview</translation>
    </message>
    <message>
        <source>Je laatste concept is teruggezet.</source>
        <translation>Your last draft has been restored.</translation>
    </message>
    <message>
        <source>Controle mislukt: %1</source>
        <translation>Check failed: %1</translation>
    </message>
    <message>
        <source>Je concept wacht op beoordeling door je leidinggevende.</source>
        <translation>Your draft is waiting for your manager&apos;s review.</translation>
    </message>
    <message>
        <source>Gepubliceerd: de tekst staat op het klembord en is vastgelegd.</source>
        <translation>Published: the text is on the clipboard and has been logged.</translation>
    </message>
    <message>
        <source>Instellingen opgeslagen. Taal, schoolbeleid en kanalen gelden na herstart.</source>
        <translation>Settings saved. Language, school policy and channels apply after a restart.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Concepten</source>
        <translation>Drafts</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>Concepten</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Zoeken in concepten…</source>
        <translation>Search drafts…</translation>
    </message>
    <message>
        <source>Zoeken in concepten</source>
        <translation>Search drafts</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Lijst met concepten</source>
        <translation>List of drafts</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kanalen</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Gekozen concept openen</source>
        <translation>Open the selected draft</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Gekozen concept verwijderen</source>
        <translation>Delete the selected draft</translation>
    </message>
    <message>
        <source>De concepten konden niet gelezen worden: %1</source>
        <translation>The drafts could not be read: %1</translation>
    </message>
    <message>
        <source>Nog geen concepten.</source>
        <translation>No drafts yet.</translation>
    </message>
    <message>
        <source>Verwijderen is mislukt: %1</source>
        <translation>Deleting failed: %1</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>ter beoordeling</source>
        <translation>in review</translation>
    </message>
    <message>
        <source>goedgekeurd</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>aanpassen gevraagd</source>
        <translation>changes requested</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>gepubliceerd</source>
        <translation>published</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Concept verwijderen</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Concept &apos;%1&apos; verwijderen? Dit kan niet ongedaan worden.</source>
        <translation>Delete draft &apos;%1&apos;? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ErrorRow</name>
    <message>
        <source>Waarom mag dit toch? (verplicht)</source>
        <translation>Why may this go out anyway? (required)</translation>
    </message>
    <message>
        <source>Reden om &apos;%1&apos; toch te publiceren</source>
        <translation>Reason to publish &apos;%1&apos; anyway</translation>
    </message>
    <message>
        <source>Richtlijn %1</source>
        <translation>Guideline %1</translation>
    </message>
    <message>
        <source>Ik pas het &amp;aan</source>
        <translation>I will &amp;fix it</translation>
    </message>
    <message>
        <source>&apos;%1&apos; aanpassen</source>
        <translation>Fix &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&amp;Toch publiceren</source>
        <translation>Publish &amp;anyway</translation>
    </message>
    <message>
        <source>&apos;%1&apos; toch publiceren</source>
        <translation>Publish &apos;%1&apos; anyway</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <source>Negeren</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Dit advies niet meer tonen voor dit bericht</source>
        <translation>Do not show this advice again for this post</translation>
    </message>
    <message>
        <source>Negeren: %1</source>
        <translation>Ignore: %1</translation>
    </message>
    <message>
        <source>Voorstellen…</source>
        <translation>Suggestions…</translation>
    </message>
    <message>
        <source>Zoek hoe het woord wel gespeld wordt</source>
        <translation>Look up how the word is spelled</translation>
    </message>
    <message>
        <source>Woord toevoegen</source>
        <translation>Add word</translation>
    </message>
    <message>
        <source>Dit woord is goed: zet het in mijn woordenlijst</source>
        <translation>This word is correct: add it to my word list</translation>
    </message>
    <message>
        <source>Geen voorstellen gevonden.</source>
        <translation>No suggestions found.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Adviezen bij je bericht</source>
        <translation>Advice on your post</translation>
    </message>
    <message>
        <source>Geen adviezen: je bericht volgt het protocol.</source>
        <translation>No advice: your post follows the protocol.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Link toevoegen</source>
        <translation>Add link</translation>
    </message>
    <message>
        <source>Adres van het geplaatste bericht:</source>
        <translation>Address of the posted message:</translation>
    </message>
    <message>
        <source>Verwijdering vastleggen</source>
        <translation>Record deletion</translation>
    </message>
    <message>
        <source>Waarom is het bericht verwijderd?</source>
        <translation>Why was the post deleted?</translation>
    </message>
    <message>
        <source>Een link begint met https:// (bijvoorbeeld uit de adresbalk).</source>
        <translation>A link starts with https:// (for example from the address bar).</translation>
    </message>
    <message>
        <source>Schrijf erbij waarom het bericht is verwijderd.</source>
        <translation>Write down why the post was deleted.</translation>
    </message>
    <message>
        <source>verwijderd op %1 omdat %2</source>
        <translation>deleted on %1 because %2</translation>
    </message>
    <message>
        <source>vastleggen</source>
        <translation>recording</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <source>Zoek in tekst, auteur en kanalen…</source>
        <translation>Search text, author and channels…</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Deze maand</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Afgelopen 3 maanden</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Dit schooljaar</source>
        <translation>This school year</translation>
    </message>
    <message>
        <source>Dit kalenderjaar</source>
        <translation>This calendar year</translation>
    </message>
    <message>
        <source>Zelf kiezen</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Alle kanalen</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Persoonlijk en namens de school</source>
        <translation>Personal and on behalf of the school</translation>
    </message>
    <message>
        <source>Persoonlijk</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Namens de school</source>
        <translation>On behalf of the school</translation>
    </message>
    <message>
        <source>Alle auteurs</source>
        <translation>All authors</translation>
    </message>
    <message>
        <source>Alleen met genegeerde fouten</source>
        <translation>Only with overridden errors</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Arabesk Desk — logboek</source>
        <translation>Arabesk Desk — log</translation>
    </message>
    <message>
        <source>Publicaties</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Jaaroverzicht</source>
        <translation>Year overview</translation>
    </message>
    <message>
        <source>Details van de publicatie</source>
        <translation>Details of the publication</translation>
    </message>
    <message>
        <source>&amp;Link toevoegen…</source>
        <translation>Add &amp;link…</translation>
    </message>
    <message>
        <source>&amp;Verwijdering vastleggen…</source>
        <translation>Record &amp;deletion…</translation>
    </message>
    <message>
        <source>Exporteren als &amp;CSV…</source>
        <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
        <source>Exporteren als &amp;JSON…</source>
        <translation>Export as &amp;JSON…</translation>
    </message>
    <message>
        <source>Logboek &amp;controleren</source>
        <translation>&amp;Verify log</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Berichten per maand en kanaal</source>
        <translation>Posts per month and channel</translation>
    </message>
    <message>
        <source>Persoonlijk en namens de school</source>
        <translation>Personal and on behalf of the school</translation>
    </message>
    <message>
        <source>Genegeerde fouten per maand</source>
        <translation>Overridden errors per month</translation>
    </message>
    <message>
        <source>logboek lezen</source>
        <translation>reading the log</translation>
    </message>
    <message>
        <source>De eerste %1 worden getoond; verfijn je zoekopdracht.</source>
        <translation>The first %1 are shown; refine your search.</translation>
    </message>
    <message>
        <source>%1 publicatie(s)</source>
        <translation>%1 publication(s)</translation>
    </message>
    <message>
        <source>publicatie lezen</source>
        <translation>reading the publication</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Logboek exporteren</source>
        <translation>Export log</translation>
    </message>
    <message>
        <source>exporteren</source>
        <translation>exporting</translation>
    </message>
    <message>
        <source>%1 publicatie(s) geëxporteerd naar %2</source>
        <translation>%1 publication(s) exported to %2</translation>
    </message>
    <message>
        <source>controleren</source>
        <translation>verifying</translation>
    </message>
    <message>
        <source>Logboek in orde: %1 publicatie(s), keten klopt.</source>
        <translation>Log in order: %1 publication(s), the chain is intact.</translation>
    </message>
    <message>
        <source>Het logboek is gewijzigd! Eerste afwijking bij nummer %1: %2</source>
        <translation>The log has been changed! First difference at number %1: %2</translation>
    </message>
    <message>
        <source>jaaroverzicht</source>
        <translation>year overview</translation>
    </message>
    <message>
        <source>persoonlijk</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>namens de school</source>
        <translation>on behalf of the school</translation>
    </message>
    <message>
        <source>genegeerd</source>
        <translation>overridden</translation>
    </message>
    <message>
        <source>%1: %2 berichten, %3 met review, %4 genegeerde fouten, %5 verwijderd.</source>
        <translation>%1: %2 posts, %3 with review, %4 overridden errors, %5 deleted.</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>Schrijf hier je bericht…</source>
        <translation>Write your post here…</translation>
    </message>
    <message>
        <source>Berichttekst</source>
        <translation>Post text</translation>
    </message>
    <message>
        <source>De tekst van je bericht; adviezen staan onderstreept en in de lijst ernaast.</source>
        <translation>The text of your post; advice is underlined and listed alongside.</translation>
    </message>
    <message>
        <source>Negeren in dit bericht</source>
        <translation>Ignore in this post</translation>
    </message>
    <message>
        <source>Toevoegen aan mijn woordenlijst</source>
        <translation>Add to my word list</translation>
    </message>
</context>
<context>
    <name>PublishGateDialog</name>
    <message>
        <source>Klaar om te publiceren?</source>
        <translation>Ready to publish?</translation>
    </message>
    <message>
        <source>Laatste blik voor publiceren</source>
        <translation>Last look before publishing</translation>
    </message>
    <message>
        <source>Wat nog nodig is</source>
        <translation>What is still needed</translation>
    </message>
    <message>
        <source>Herinnering: richtlijn 7</source>
        <translation>Reminder: guideline 7</translation>
    </message>
    <message>
        <source>Nog open fouten</source>
        <translation>Errors still open</translation>
    </message>
    <message>
        <source>Pas elke fout aan, of schrijf op waarom het toch mag.</source>
        <translation>Fix each error, or write down why it may go out anyway.</translation>
    </message>
    <message>
        <source>Foto&apos;s en video</source>
        <translation>Photos and video</translation>
    </message>
    <message>
        <source>&amp;Publiceren</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>&amp;Terug naar de tekst</source>
        <translation>&amp;Back to the text</translation>
    </message>
</context>
<context>
    <name>ReviewQueueWindow</name>
    <message>
        <source>Arabesk Desk — beoordelen</source>
        <translation>Arabesk Desk — review</translation>
    </message>
    <message>
        <source>Verzoeken</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Alleen open verzoeken</source>
        <translation>Open requests only</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Tekst en adviezen</source>
        <translation>Text and advice</translation>
    </message>
    <message>
        <source>Verschil met vorige versie</source>
        <translation>Difference from the previous version</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Opmerking voor de auteur (verplicht bij aanpassen of afwijzen)</source>
        <translation>Note for the author (required when asking for changes or rejecting)</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>✔ &amp;Goedkeuren</source>
        <translation>✔ &amp;Approve</translation>
    </message>
    <message>
        <source>✎ &amp;Aanpassing vragen</source>
        <translation>✎ Ask for &amp;changes</translation>
    </message>
    <message>
        <source>✖ A&amp;fwijzen</source>
        <translation>✖ &amp;Reject</translation>
    </message>
    <message>
        <source>Je besluit wordt ondertekend als %1.</source>
        <translation>Your decision is signed as %1.</translation>
    </message>
    <message>
        <source>Reviewmap: %1</source>
        <translation>Review folder: %1</translation>
    </message>
    <message>
        <source>De reviewmap kon niet worden gelezen: %1</source>
        <translation>The review folder could not be read: %1</translation>
    </message>
    <message>
        <source>⚠ %1 bestand(en) overgeslagen</source>
        <translation>⚠ %1 file(s) skipped</translation>
    </message>
    <message>
        <source>Er wachten geen verzoeken op je besluit.</source>
        <translation>No requests are waiting for your decision.</translation>
    </message>
    <message>
        <source>Er staan geen verzoeken in de reviewmap.</source>
        <translation>There are no requests in the review folder.</translation>
    </message>
    <message>
        <source>Eerste versie: er is geen eerdere versie om mee te vergelijken.</source>
        <translation>First version: there is no earlier version to compare with.</translation>
    </message>
    <message>
        <source>Wijzigingen sinds versie %1:</source>
        <translation>Changes since version %1:</translation>
    </message>
    <message>
        <source>De tekst is gelijk aan versie %1.</source>
        <translation>The text is the same as version %1.</translation>
    </message>
    <message>
        <source>Je kunt je eigen bericht niet goedkeuren; vraag een andere leidinggevende.</source>
        <translation>You cannot approve your own post; ask another manager.</translation>
    </message>
    <message>
        <source>Het besluit kon niet worden opgeslagen: %1</source>
        <translation>The decision could not be saved: %1</translation>
    </message>
    <message>
        <source>Je sleutel (%1) staat niet in het schoolbeleid, dus je besluit zou niet gelden. Vraag ICT-beheer je publieke sleutel toe te voegen.</source>
        <translation>Your key (%1) is not in the school policy, so your decision would not count. Ask ICT support to add your public key.</translation>
    </message>
    <message>
        <source>Besluit ‘%1’ ondertekend en in de reviewmap gezet.</source>
        <translation>Decision ‘%1’ signed and placed in the review folder.</translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <source>Vraag je leidinggevende</source>
        <translation>Ask your manager</translation>
    </message>
    <message>
        <source>Je tekst</source>
        <translation>Your text</translation>
    </message>
    <message>
        <source>Je vraag of toelichting</source>
        <translation>Your question or explanation</translation>
    </message>
    <message>
        <source>&amp;Versturen</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Opnieuw &amp;kijken</source>
        <translation>&amp;Look again</translation>
    </message>
    <message>
        <source>Wat wil je?</source>
        <translation>What would you like?</translation>
    </message>
    <message>
        <source>Ik twijfel en heb een &amp;vraag (richtlijn 8)</source>
        <translation>I am unsure and have a &amp;question (guideline 8)</translation>
    </message>
    <message>
        <source>Ik vraag om &amp;beoordeling vóór publicatie</source>
        <translation>I ask for a &amp;review before publishing</translation>
    </message>
    <message>
        <source>Stand van zaken</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Beoordeling is voor dit bericht niet verplicht; je mag het altijd vragen.</source>
        <translation>A review is not required for this post; you may always ask for one.</translation>
    </message>
    <message>
        <source>Het schoolbeleid vraagt een beoordeling omdat:</source>
        <translation>The school policy asks for a review because:</translation>
    </message>
    <message>
        <source>Wat wil je vragen?</source>
        <translation>What would you like to ask?</translation>
    </message>
    <message>
        <source>Toelichting voor je leidinggevende (mag leeg)</source>
        <translation>Explanation for your manager (may be empty)</translation>
    </message>
    <message>
        <source>Versturen lukte niet: %1. Je tekst is niet verloren; probeer het opnieuw.</source>
        <translation>Sending failed: %1. Your text is not lost; try again.</translation>
    </message>
    <message>
        <source>Opnieuw &amp;versturen</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>Nog niet verstuurd.</source>
        <translation>Not sent yet.</translation>
    </message>
    <message>
        <source>Ter beoordeling: wacht op het besluit van een leidinggevende.</source>
        <translation>In review: waiting for a manager&apos;s decision.</translation>
    </message>
    <message>
        <source>%1 door %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Handtekening geldig: %1 staat in het schoolbeleid.</source>
        <translation>Signature valid: %1 is in the school policy.</translation>
    </message>
    <message>
        <source>Een besluit is afgewezen: %1</source>
        <translation>A decision was refused: %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>communicatie</source>
        <translation>communications</translation>
    </message>
    <message>
        <source>schoolleider</source>
        <translation>school leader</translation>
    </message>
    <message>
        <source>Rol: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Jouw rol</source>
        <translation>Your role</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Over jou</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Taal (na herstart):</source>
        <translation>&amp;Language (after restart):</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>communicatie</source>
        <translation>communications</translation>
    </message>
    <message>
        <source>schoolleider</source>
        <translation>school leader</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Beleidsbestand van de school</source>
        <translation>The school&apos;s policy file</translation>
    </message>
    <message>
        <source>Eigen termen</source>
        <translation>Own terms</translation>
    </message>
    <message>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Beleidsbestand kiezen</source>
        <translation>Choose policy file</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Beleidsbestand wissen</source>
        <translation>Clear policy file</translation>
    </message>
    <message>
        <source>&amp;Beleidsbestand:</source>
        <translation>&amp;Policy file:</translation>
    </message>
    <message>
        <source>Eigen &amp;termen:</source>
        <translation>Own &amp;terms:</translation>
    </message>
    <message>
        <source>Status van het beleidsbestand</source>
        <translation>Status of the policy file</translation>
    </message>
    <message>
        <source>Map voor beoordelingen</source>
        <translation>Review folder</translation>
    </message>
    <message>
        <source>gedeelde map voor drafts ter beoordeling</source>
        <translation>shared folder for drafts in review</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Map voor beoordelingen kiezen</source>
        <translation>Choose review folder</translation>
    </message>
    <message>
        <source>Map voor &amp;beoordelingen:</source>
        <translation>Re&amp;view folder:</translation>
    </message>
    <message>
        <source>Beheerd door ICT-beheer: het schoolbeleid van %1 (%2) geldt voor iedereen op deze computer. Je kunt alleen eigen termen toevoegen.</source>
        <translation>Managed by ICT: the school policy of %1 (%2) applies to everyone on this computer. You can only add terms of your own.</translation>
    </message>
    <message>
        <source>Beheerd door ICT-beheer</source>
        <translation>Managed by ICT</translation>
    </message>
    <message>
        <source>Spelling en grammatica (LanguageTool)</source>
        <translation>Spelling and grammar (LanguageTool)</translation>
    </message>
    <message>
        <source>Map van LanguageTool</source>
        <translation>LanguageTool folder</translation>
    </message>
    <message>
        <source>leeg: de standaardmap</source>
        <translation>empty: the default folder</translation>
    </message>
    <message>
        <source>B&amp;laderen…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Map van LanguageTool kiezen</source>
        <translation>Choose LanguageTool folder</translation>
    </message>
    <message>
        <source>&amp;Map op deze laptop:</source>
        <translation>&amp;Folder on this laptop:</translation>
    </message>
    <message>
        <source>Server van de school</source>
        <translation>School server</translation>
    </message>
    <message>
        <source>Of &amp;server van de school:</source>
        <translation>Or school &amp;server:</translation>
    </message>
    <message>
        <source>&amp;Openbare LanguageTool-dienst gebruiken</source>
        <translation>Use the p&amp;ublic LanguageTool service</translation>
    </message>
    <message>
        <source>Openbare LanguageTool-dienst gebruiken</source>
        <translation>Use the public LanguageTool service</translation>
    </message>
    <message>
        <source>Let op: dan gaat je tekst via internet naar een dienst buiten school. Zet dit niet aan voor berichten met namen of gegevens van leerlingen.</source>
        <translation>Note: your text then travels over the internet to a service outside the school. Do not switch this on for posts with names or details of pupils.</translation>
    </message>
    <message>
        <source>Waarschuwing over de openbare dienst</source>
        <translation>Warning about the public service</translation>
    </message>
    <message>
        <source>Kanalen die je ziet</source>
        <translation>Channels you see</translation>
    </message>
    <message>
        <source>Kanaal %1</source>
        <translation>Channel %1</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>geen: alleen het beleid van ICT-beheer</source>
        <translation>none: only ICT's policy</translation>
    </message>
    <message>
        <source>geen: de standaardregels</source>
        <translation>none: the standard rules</translation>
    </message>
    <message>
        <source>Ingesteld door ICT-beheer</source>
        <translation>Set by ICT</translation>
    </message>
    <message>
        <source>Je termen worden toegevoegd aan het beleid van ICT-beheer.</source>
        <translation>Your terms are added to ICT's policy.</translation>
    </message>
    <message>
        <source>Dit beleidsbestand is niet gebruikt: %1</source>
        <translation>This policy file was not used: %1</translation>
    </message>
    <message>
        <source>Beleid van %1 geladen.</source>
        <translation>Policy of %1 loaded.</translation>
    </message>
    <message>
        <source>Beleid (*.toml)</source>
        <translation>Policy (*.toml)</translation>
    </message>
    <message>
        <source>Het serveradres moet beginnen met http:// of https://.</source>
        <translation>The server address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>De map van LanguageTool</source>
        <translation>The LanguageTool folder</translation>
    </message>
    <message>
        <source>De map voor beoordelingen</source>
        <translation>The review folder</translation>
    </message>
    <message>
        <source>%1 bestaat niet: %2</source>
        <translation>%1 does not exist: %2</translation>
    </message>
    <message>
        <source>Kies minstens één kanaal.</source>
        <translation>Choose at least one channel.</translation>
    </message>
    <message>
        <source>Opslaan is mislukt: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
</context>
<context>
    <name>SpellingLane</name>
    <message>
        <source>wordt geladen…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>De spellingcontrole is gestopt.</source>
        <translation>The spelling check has stopped.</translation>
    </message>
    <message>
        <source>%1 (LanguageTool start nog)</source>
        <translation>%1 (LanguageTool still starting)</translation>
    </message>
    <message>
        <source>%1 (reserve)</source>
        <translation>%1 (fallback)</translation>
    </message>
    <message>
        <source>LanguageTool niet beschikbaar: %1</source>
        <translation>LanguageTool not available: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Controle start…</source>
        <translation>Check starting…</translation>
    </message>
    <message>
        <source>Welke controles liepen</source>
        <translation>Which checks ran</translation>
    </message>
    <message>
        <source>Spellingcontrole</source>
        <translation>Spelling check</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Protocol: %1 regels gecontroleerd, %2 adviezen (%3 ms)</source>
        <translation>Protocol: %1 rules checked, %2 pieces of advice (%3 ms)</translation>
    </message>
    <message>
        <source>Spelling: niet gecontroleerd</source>
        <translation>Spelling: not checked</translation>
    </message>
    <message>
        <source>Spelling: %1</source>
        <translation>Spelling: %1</translation>
    </message>
    <message>
        <source>Opgeslagen %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Niet opgeslagen…</source>
        <translation>Not saved…</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Het logboek is niet beschikbaar (geen opslag).</source>
        <translation>The log is not available (no storage).</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Be&amp;richt</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>&amp;Review en logboek</source>
        <translation>&amp;Review and log</translation>
    </message>
    <message>
        <source>&amp;Beoordeling aanvragen…</source>
        <translation>Request a re&amp;view…</translation>
    </message>
    <message>
        <source>Te &amp;beoordelen (leidinggevende)…</source>
        <translation>To re&amp;view (manager)…</translation>
    </message>
    <message>
        <source>&amp;Logboek…</source>
        <translation>&amp;Log…</translation>
    </message>
</context>
</TS>
