import { defineStrings } from '../../i18n/string-table.js';

/** Texts of the Connect button and dialog of <mentor-profile>, in English and Spanish (bundled only with the element that shows them). */
export const connectStrings = defineStrings({
  en: {
    connect: 'Connect',
    connectWith: (name: string) => `Connect with ${name}`,
    connectIntro: 'Tell the mentor what you hope to work on. They can accept or decline.',
    connectMessageLabel: 'Message (optional)',
    connectSend: 'Send request',
    connectSending: 'Sending…',
    connectSent: (name: string) => `Request sent. ${name} will answer soon.`,
    connectPending: 'Connection requested',
    connectActive: 'Connected',
    connectAlready: 'You already have a pending or active connection with this mentor.',
  },
  es: {
    connect: 'Conectar',
    connectWith: (name) => `Conectar con ${name}`,
    connectIntro: 'Cuéntale al mentor en qué te gustaría trabajar. Puede aceptar o rechazar.',
    connectMessageLabel: 'Mensaje (opcional)',
    connectSend: 'Enviar solicitud',
    connectSending: 'Enviando…',
    connectSent: (name) => `Solicitud enviada. ${name} responderá pronto.`,
    connectPending: 'Conexión solicitada',
    connectActive: 'Conectados',
    connectAlready: 'Ya tienes una conexión pendiente o activa con este mentor.',
  },
});
