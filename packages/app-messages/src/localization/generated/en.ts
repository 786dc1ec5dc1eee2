
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'messages.andMore': str`${0} and ${1} more`,
'messages.back': `← All messages`,
'messages.clear.cancel': `Keep writing`,
'messages.clear.confirm': `Clear`,
'messages.clear.heading': `Clear the message?`,
'messages.clear.message': `The subject and message you have written will be removed.`,
'messages.compose.actingAs': `You are acting as:`,
'messages.compose.body': `Message`,
'messages.compose.clear': `Clear`,
'messages.compose.noRecipients': `In this role there is no one you can write to.`,
'messages.compose.recipientsLoading': `Loading recipients…`,
'messages.compose.send': `Send`,
'messages.compose.subject': `Subject`,
'messages.compose.to': `Recipients`,
'messages.compose.toMissing': `Choose at least one recipient.`,
'messages.error.invalid': `Check the recipients, the subject and the message, and send again.`,
'messages.error.network': `Cannot reach the messaging service`,
'messages.error.networkHelp': `Check your network connection and try again.`,
'messages.error.networkSend': `The message was not sent. It is kept here; try again in a moment.`,
'messages.error.notSent': `Message not sent`,
'messages.error.recipientNotAllowed': `You cannot write to all the recipients you chose. Choose the recipients again.`,
'messages.error.server': `Something went wrong in the messaging service`,
'messages.error.serverHelp': `Your messages could not be loaded right now. Try again in a moment.`,
'messages.error.session': `Your session is not valid for the messaging service`,
'messages.error.sessionHelp': `The messaging service did not accept your sign-in. Try again; if it happens again, sign out and sign back in.`,
'messages.error.threadMissing': `Message thread not found`,
'messages.error.threadMissingHelp': `The thread does not exist, or it is not yours. Go back to your messages and choose a thread there.`,
'messages.inbox.allRead': `No unread threads.`,
'messages.inbox.empty': `No messages`,
'messages.inbox.emptyHelp': `Messages you receive and send appear here.`,
'messages.inbox.heading': `Message threads`,
'messages.inbox.loading': `Loading messages…`,
'messages.inbox.unreadCount': str`Unread threads: ${0}`,
'messages.kind.guardian': `guardian`,
'messages.kind.principal': `principal`,
'messages.kind.staff': `staff`,
'messages.kind.teacher': `teacher`,
'messages.messageCount': str`${0} messages`,
'messages.new': `New message`,
'messages.oneMessage': `1 message`,
'messages.reply.label': `Reply`,
'messages.reply.send': `Send reply`,
'messages.replySent': `Reply sent.`,
'messages.retry': `Try again`,
'messages.sent': `Message sent.`,
'messages.thread.loading': `Loading the thread…`,
'messages.thread.with': `Participants:`,
'messages.thread.you': str`${0} (you)`,
'messages.title': `Messages`,
'messages.unread': `Unread`,
'messages.widget.all': `All messages`,
'messages.widget.count': str`Unread message threads: ${0}`,
'messages.widget.error': `Messages could not be fetched right now.`,
'messages.widget.heading': `New messages`,
'messages.widget.none': `No unread messages.`,
'messages.widget.openInbox': `Open messages`,
    };
  