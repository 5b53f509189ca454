import { z } from 'zod';

export const ZMarkReadSchema = z.object({ id: z.uuid({ message: 'Unknown notification.' }).optional() });

/** From the preferences form: checkboxes named `<event>:email` and `<event>:inApp`, plus `events` listing them. */
export const ZPreferencesFormSchema = z.record(z.string(), z.unknown()).transform((form) => {
  const events = String(form.events ?? '')
    .split(',')
    .filter(Boolean);
  return {
    preferences: events.map((event) => ({
      event,
      email: form[`${event}:email`] === 'on',
      inApp: form[`${event}:inApp`] === 'on',
    })),
  };
});
