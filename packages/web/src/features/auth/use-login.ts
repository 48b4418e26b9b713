import type { LoginView } from '@syt/core/auth/views.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../api/csrf.ts';
import { rememberServerNow } from '../../lib/server-clock.ts';
import { login, loginSecondStep } from './auth-api.ts';
import { sessionQuery } from './session-query.ts';

export interface Credentials {
  username: string;
  password: string;
}

/** The second step's answer: a six-digit code from the app, or a recovery code. */
export type SecondStepAnswer = { code: string } | { recoveryCode: string };

/** True when the answer opened the session (false: a second factor is needed). */
function useSignedIn() {
  const queryClient = useQueryClient();
  return (view: LoginView): boolean => {
    if ('secondFactorRequired' in view) return false;
    setCsrfToken(view.csrfToken);
    rememberServerNow(view.now);
    queryClient.setQueryData(sessionQuery.queryKey, view.user);
    return true;
  };
}

/** Signs in with a password; resolves false when the account asks for a second factor next. */
export function useLogin() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: async ({ username, password }: Credentials) => signedIn(await login(username, password)),
  });
}

/** The second step of a sign-in. */
export function useLoginSecondStep() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: async (answer: SecondStepAnswer) => signedIn(await loginSecondStep(answer)),
  });
}
