
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'messages.andMore': str`${0} och ${1} till`,
'messages.back': `← Alla meddelanden`,
'messages.clear.cancel': `Fortsätt skriva`,
'messages.clear.confirm': `Töm`,
'messages.clear.heading': `Töms meddelandet?`,
'messages.clear.message': `Ämnet och meddelandet du har skrivit tas bort.`,
'messages.compose.actingAs': `Du agerar nu som:`,
'messages.compose.body': `Meddelande`,
'messages.compose.clear': `Töm`,
'messages.compose.noRecipients': `I den här rollen finns det ingen du kan skriva till.`,
'messages.compose.recipientsLoading': `Mottagarna laddas…`,
'messages.compose.send': `Skicka`,
'messages.compose.subject': `Ämne`,
'messages.compose.to': `Mottagare`,
'messages.compose.toMissing': `Välj minst en mottagare.`,
'messages.error.invalid': `Kontrollera mottagarna, ämnet och meddelandet och skicka igen.`,
'messages.error.network': `Ingen förbindelse med meddelandetjänsten`,
'messages.error.networkHelp': `Kontrollera din nätverksanslutning och försök igen.`,
'messages.error.networkSend': `Meddelandet skickades inte. Det finns kvar här; försök igen om en stund.`,
'messages.error.notSent': `Meddelandet skickades inte`,
'messages.error.recipientNotAllowed': `Du kan inte skriva till alla valda mottagare. Välj mottagarna på nytt.`,
'messages.error.server': `Ett fel uppstod i meddelandetjänsten`,
'messages.error.serverHelp': `Meddelandena kunde inte hämtas just nu. Försök igen om en stund.`,
'messages.error.session': `Din session godkänns inte av meddelandetjänsten`,
'messages.error.sessionHelp': `Meddelandetjänsten godkände inte din inloggning. Försök igen; om felet upprepas, logga ut och logga in igen.`,
'messages.error.threadMissing': `Meddelandetråden hittas inte`,
'messages.error.threadMissingHelp': `Meddelandetråden finns inte, eller så hör den inte till dig. Gå tillbaka till meddelandena och välj en tråd där.`,
'messages.inbox.allRead': `Inga olästa meddelandetrådar.`,
'messages.inbox.empty': `Inga meddelanden`,
'messages.inbox.emptyHelp': `Meddelanden du får och skickar visas här.`,
'messages.inbox.heading': `Meddelandetrådar`,
'messages.inbox.loading': `Meddelandena laddas…`,
'messages.inbox.unreadCount': str`Olästa meddelandetrådar: ${0}`,
'messages.kind.guardian': `vårdnadshavare`,
'messages.kind.principal': `rektor`,
'messages.kind.staff': `personal`,
'messages.kind.teacher': `lärare`,
'messages.messageCount': str`${0} meddelanden`,
'messages.new': `Nytt meddelande`,
'messages.oneMessage': `1 meddelande`,
'messages.reply.label': `Svar`,
'messages.reply.send': `Skicka svar`,
'messages.replySent': `Svaret har skickats.`,
'messages.retry': `Försök igen`,
'messages.sent': `Meddelandet har skickats.`,
'messages.thread.loading': `Meddelandetråden laddas…`,
'messages.thread.with': `Deltagare:`,
'messages.thread.you': str`${0} (du)`,
'messages.title': `Meddelanden`,
'messages.unread': `Oläst`,
'messages.widget.all': `Alla meddelanden`,
'messages.widget.count': str`Olästa meddelandetrådar: ${0}`,
'messages.widget.error': `Meddelandena kunde inte hämtas just nu.`,
'messages.widget.heading': `Nya meddelanden`,
'messages.widget.none': `Inga olästa meddelanden.`,
'messages.widget.openInbox': `Öppna meddelanden`,
    };
  