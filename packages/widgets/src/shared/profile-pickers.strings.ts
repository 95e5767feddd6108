import { defineStrings } from '../i18n/string-table.js';

/** Texts of the shared profile pickers (used by `<mentor-apply>` and `<mentor-profile-editor>`). */
export const pickerStrings = defineStrings({
  en: {
    tagsLabel: 'Expertise',
    tagsHint: 'Type a topic and press Enter (1 to 10).',
    tagAdd: 'Add',
    removeTag: (tag: string) => `Remove ${tag}`,
  },
  es: {
    tagsLabel: 'Especialidades',
    tagsHint: 'Escribe un tema y pulsa Intro (de 1 a 10).',
    tagAdd: 'Añadir',
    removeTag: (tag) => `Quitar ${tag}`,
  },
});
