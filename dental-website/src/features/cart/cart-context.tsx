import { createContext, use, useCallback, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react'

import type { ApiErrorBody } from '@/types/api'

import {
  addProduct,
  applyConflict,
  CART_STORAGE_KEY,
  parseStoredCart,
  removeProduct,
  setQuantity,
  type CartChange,
  type CartLine,
  type CartProduct,
} from './cart-store'
import { cartCount, cartTotal } from './cart-totals'

type CartState = { lines: CartLine[]; changes: CartChange[] }

type CartAction =
  | { type: 'add'; product: CartProduct; quantity: number }
  | { type: 'set-quantity'; productId: number; quantity: number }
  | { type: 'remove'; productId: number }
  | { type: 'replace'; lines: CartLine[] }
  | { type: 'conflict'; body: ApiErrorBody }
  | { type: 'dismiss-changes' }

function reducer(state: CartState, action: CartAction): CartState {
  switch (action.type) {
    case 'add':
      return { ...state, lines: addProduct(state.lines, action.product, action.quantity) }
    case 'set-quantity':
      return { ...state, lines: setQuantity(state.lines, action.productId, action.quantity) }
    case 'remove':
      return { ...state, lines: removeProduct(state.lines, action.productId) }
    case 'replace':
      return { lines: action.lines, changes: [] }
    case 'conflict':
      return applyConflict(state.lines, action.body)
    case 'dismiss-changes':
      return { ...state, changes: [] }
  }
}

function loadCart(): CartState {
  try {
    return { lines: parseStoredCart(localStorage.getItem(CART_STORAGE_KEY)), changes: [] }
  } catch {
    return { lines: [], changes: [] }
  }
}

function saveCart(lines: CartLine[]) {
  try {
    localStorage.setItem(CART_STORAGE_KEY, JSON.stringify(lines))
  } catch {
    // Private browsing or a full quota: the cart still works for this page.
  }
}

type CartContextValue = {
  lines: CartLine[]
  changes: CartChange[]
  count: number
  total: number
  isOpen: boolean
  setOpen: (open: boolean) => void
  add: (product: CartProduct, quantity?: number) => void
  setLineQuantity: (productId: number, quantity: number) => void
  remove: (productId: number) => void
  clear: () => void
  applyCheckoutConflict: (body: ApiErrorBody) => void
  dismissChanges: () => void
}

const CartContext = createContext<CartContextValue | null>(null)

/** The cart: kept in localStorage (so a reload keeps it), shared by every tab, quantities capped at the stock. */
export function CartProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(reducer, undefined, loadCart)
  const [isOpen, setOpen] = useState(false)

  useEffect(() => saveCart(state.lines), [state.lines])

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === CART_STORAGE_KEY) dispatch({ type: 'replace', lines: parseStoredCart(event.newValue) })
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])

  const add = useCallback((product: CartProduct, quantity = 1) => dispatch({ type: 'add', product, quantity }), [])
  const setLineQuantity = useCallback(
    (productId: number, quantity: number) => dispatch({ type: 'set-quantity', productId, quantity }),
    [],
  )
  const remove = useCallback((productId: number) => dispatch({ type: 'remove', productId }), [])
  const clear = useCallback(() => {
    saveCart([])
    dispatch({ type: 'replace', lines: [] })
  }, [])
  const applyCheckoutConflict = useCallback((body: ApiErrorBody) => dispatch({ type: 'conflict', body }), [])
  const dismissChanges = useCallback(() => dispatch({ type: 'dismiss-changes' }), [])

  const value = useMemo(
    () => ({
      ...state,
      count: cartCount(state.lines),
      total: cartTotal(state.lines),
      isOpen,
      setOpen,
      add,
      setLineQuantity,
      remove,
      clear,
      applyCheckoutConflict,
      dismissChanges,
    }),
    [state, isOpen, add, setLineQuantity, remove, clear, applyCheckoutConflict, dismissChanges],
  )
  return <CartContext value={value}>{children}</CartContext>
}

export function useCart() {
  const context = use(CartContext)
  if (!context) throw new Error('useCart must be used inside <CartProvider>')
  return context
}
