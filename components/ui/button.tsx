import type { ButtonHTMLAttributes } from 'react';

const VARIANTS = {
  primary: 'bg-brand text-white hover:opacity-90 disabled:opacity-60',
  secondary: 'border border-border bg-bg text-fg hover:bg-bg-subtle disabled:opacity-60',
  danger: 'border border-danger bg-bg text-danger hover:bg-bg-subtle disabled:opacity-60',
} as const;

export function Button({
  variant = 'primary',
  className = '',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  return (
    <button
      type="button"
      {...props}
      className={`inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium ${VARIANTS[variant]} ${className}`}
    />
  );
}
